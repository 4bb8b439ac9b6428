namespace SilkRoad.Training.Attendance;

/// <summary>One enrolled trainee on an attendance sheet, ticked or not.</summary>
public sealed record AttendanceLine(int EnrolmentId, string LatinName, string NativeName, string CountryCode, bool Present);
