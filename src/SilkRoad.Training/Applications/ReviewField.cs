namespace SilkRoad.Training.Applications;

/// <summary>The fields of a review a problem can be about.</summary>
public enum ReviewField
{
    Score,
    Comment,
}
