namespace SilkRoad.Training.Trainees;

/// <summary>
/// A trainee's personal fields as a session's managers may ask to see them, one at a time and never in a list, with
/// what an audit entry of that view records: whose they are (<see cref="AuditSubject"/>) and which were shown.
/// </summary>
public sealed record TraineePersonalFields(int TraineeId, string? UserId, DateOnly? BirthDate, string? PassportNumber, string? Phone, string? Address)
{
    public const string BirthDateField = "dateOfBirth";
    public const string PassportField = "passport";
    public const string PhoneField = "phone";
    public const string AddressField = "address";

    /// <summary>The person's account when their record is linked to one, else the record itself: <c>trainee:{id}</c>.</summary>
    public string AuditSubject => SubjectOf(TraineeId, UserId);

    /// <summary>The fields that hold something, as an audit entry names them; an empty field shows nothing.</summary>
    public IReadOnlyList<string> Shown =>
        new (string Name, bool Present)[]
        {
            (BirthDateField, BirthDate is not null), (PassportField, PassportNumber is not null), (PhoneField, Phone is not null), (AddressField, Address is not null),
        }.Where(f => f.Present).Select(f => f.Name).ToList();

    /// <summary>How the audit log names a trainee: the account id of a linked record, which the log shows as the address; otherwise a stable <c>trainee:{id}</c>.</summary>
    public static string SubjectOf(int traineeId, string? userId) =>
        userId ?? "trainee:" + traineeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
