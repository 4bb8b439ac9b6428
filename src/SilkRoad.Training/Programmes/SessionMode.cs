namespace SilkRoad.Training.Programmes;

public enum SessionMode
{
    OnSite,
    Online,
    Blended,
}
