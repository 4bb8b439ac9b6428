using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Applications;

/// <summary>A session whose call for applications is open, as the public call page lists it.</summary>
public sealed record OpenCall(
    int SessionNumber,
    string ProgrammeTitle,
    string TopicTitle,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly Deadline,
    SessionMode Mode,
    string? Venue,
    string InstructionLanguage,
    int Capacity,
    IReadOnlyList<string> Countries);
