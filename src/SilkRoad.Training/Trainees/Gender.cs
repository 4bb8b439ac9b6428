namespace SilkRoad.Training.Trainees;

public enum Gender
{
    Unspecified,
    Female,
    Male,
}
