namespace SilkRoad.Training.Programmes;

public enum ScheduleItemKind
{
    Course,
    SiteVisit,
}
