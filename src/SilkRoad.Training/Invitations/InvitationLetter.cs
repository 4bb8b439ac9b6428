using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Invitations;

/// <summary>
/// The facts an invitation letter states, for an admitted application: the person's names in their own script and in
/// Latin letters, their passport or ID number when known (embassies ask for it), the session, its dates and place, and
/// the language it is taught in (the letter's language). <see cref="TraineeId"/> and <see cref="TraineeUserId"/> say
/// whose letter it is, for the audit entry of a download by someone else.
/// </summary>
public sealed record InvitationLetter(
    int ApplicationId,
    int TraineeId,
    string? TraineeUserId,
    string NativeName,
    string LatinName,
    string? PassportNumber,
    string CountryCode,
    int SessionNumber,
    string ProgrammeTitle,
    DateOnly StartsOn,
    DateOnly EndsOn,
    SessionMode Mode,
    string? Venue,
    string? Platform,
    string InstructionLanguage);
