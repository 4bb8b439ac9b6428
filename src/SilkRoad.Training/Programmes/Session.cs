namespace SilkRoad.Training.Programmes;

/// <summary>
/// One dated run of a programme. <see cref="Number"/> is the base's running session number across all programmes
/// (the real base numbered past the hundredth), unique.
/// </summary>
public sealed class Session
{
    public int Id { get; set; }
    public int ProgrammeId { get; set; }
    public int Number { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public SessionMode Mode { get; set; }

    /// <summary>Where it is held on site (city and venue); null for a wholly online session.</summary>
    public string? Venue { get; set; }

    /// <summary>The online platform (URL or name); null for a wholly on-site session.</summary>
    public string? Platform { get; set; }

    /// <summary>ISO 639-1 code of the language of instruction: certificates are written in it.</summary>
    public required string InstructionLanguage { get; set; }

    public int Capacity { get; set; }

    /// <summary>Last day of the call for applications; null when the session takes nominations only.</summary>
    public DateOnly? ApplicationDeadline { get; set; }

    /// <summary>The completion rule: the share of schedule items attended, in percent, an enrolment needs to complete; null for no minimum.</summary>
    public int? CompletionMinAttendancePercent { get; set; }

    /// <summary>The completion rule: the share of quiz questions answered right, in percent; null for no minimum.</summary>
    public int? CompletionMinQuizPercent { get; set; }

    public List<SessionCountry> TargetCountries { get; set; } = [];
    public List<SessionPartner> Partners { get; set; } = [];
    public List<ScheduleItem> Schedule { get; set; } = [];
}
