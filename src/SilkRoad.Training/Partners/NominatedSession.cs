namespace SilkRoad.Training.Partners;

/// <summary>
/// A session a partner nominated people to: how many it nominated and how many of them were admitted.
/// <see cref="CanOpen"/> is true when the reader manages the session, so that a page links to it only then.
/// </summary>
public sealed record NominatedSession(int SessionId, int Number, string ProgrammeTitle, DateOnly StartsOn, int Nominated, int Admitted, bool CanOpen);
