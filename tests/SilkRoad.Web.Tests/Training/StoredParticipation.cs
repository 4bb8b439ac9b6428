using SilkRoad.Training.Programmes;

namespace SilkRoad.Web.Tests.Training;

/// <summary>One trainee's enrolment in a session as the store holds it.</summary>
public sealed record StoredParticipation(int TraineeId, string CountryCode, int Year, string ProgrammeCode, SessionMode Mode);
