using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Applications;

/// <summary>A session on the manager's (or instructor's) desk, with its places and how many of its applications stand where.</summary>
public sealed record ManagedSession(
    int SessionId,
    int Number,
    string ProgrammeTitle,
    DateOnly StartsOn,
    DateOnly EndsOn,
    SessionMode Mode,
    string InstructionLanguage,
    int Capacity,
    int Enrolled,
    IReadOnlyDictionary<ApplicationStatus, int> Applications);
