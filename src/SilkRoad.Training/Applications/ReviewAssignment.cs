namespace SilkRoad.Training.Applications;

/// <summary>
/// An application as its reviewer sees it: what the review needs (motivation, discipline, country, institution) and
/// nothing of the person's contact data or birth date; and the reviewer's own score and comment so far.
/// </summary>
public sealed record ReviewAssignment(
    int ApplicationId,
    int SessionNumber,
    string ProgrammeTitle,
    string LatinName,
    string CountryCode,
    string? Institution,
    string? Discipline,
    string? Motivation,
    int? Score,
    string? Comment);
