using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Invitations;

/// <summary>
/// The facts an invitation letter states, for an admitted application: the person's names in their own script and in
/// Latin letters, the session, its dates and place, and the language it is taught in (the letter's language).
/// </summary>
public sealed record InvitationLetter(
    int ApplicationId,
    string NativeName,
    string LatinName,
    string CountryCode,
    int SessionNumber,
    string ProgrammeTitle,
    DateOnly StartsOn,
    DateOnly EndsOn,
    SessionMode Mode,
    string? Venue,
    string? Platform,
    string InstructionLanguage);
