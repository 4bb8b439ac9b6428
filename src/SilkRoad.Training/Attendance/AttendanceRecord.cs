namespace SilkRoad.Training.Attendance;

/// <summary>Whether an enrolled trainee was at one schedule item (ticked on site, derived from views online).</summary>
public sealed class AttendanceRecord
{
    public int EnrolmentId { get; set; }
    public int ScheduleItemId { get; set; }
    public bool Present { get; set; }
}
