namespace SilkRoad.Training.Applications;

/// <summary>Why a field of a review was refused. Pages name each in the reviewer's language (<c>ReviewError.{code}</c>).</summary>
public enum ReviewProblemCode
{
    Required,
    NotAScore,
    TooLong,
}
