using SilkRoad.Training.Programmes;

namespace SilkRoad.Training.Attendance;

/// <summary>The list to tick for one schedule item: every trainee enrolled in the session, as marked so far.</summary>
public sealed record AttendanceSheet(int SessionId, ScheduleItem Item, IReadOnlyList<AttendanceLine> Lines);
