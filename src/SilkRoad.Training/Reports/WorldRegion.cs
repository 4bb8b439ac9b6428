namespace SilkRoad.Training.Reports;

public enum WorldRegion
{
    EastAsia,
    SouthEastAsia,
    SouthAsia,
    CentralAsia,
    WestAsia,
    Europe,
    Africa,
    LatinAmerica,
    NorthAmerica,
    Oceania,
    Other,
}
