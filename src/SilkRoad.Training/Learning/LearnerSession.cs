using SilkRoad.Training.Enrolments;
using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Learning;

/// <summary>One of the signed-in trainee's own enrolments, as their learning page lists it.</summary>
public sealed record LearnerSession(int SessionId, int Number, string ProgrammeTitle, DateOnly StartsOn, DateOnly EndsOn, SessionMode Mode, EnrolmentStatus Status);
