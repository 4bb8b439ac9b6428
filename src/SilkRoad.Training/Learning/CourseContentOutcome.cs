namespace SilkRoad.Training.Learning;

/// <summary>What adding a material or a question came to. Pages name each (<c>Content.{outcome}</c>).</summary>
public enum CourseContentOutcome
{
    Added,
    SessionNotFound,
    NeedResourceOrVideo,
    UnknownResource,
    BadVideoUrl,
    UnknownScheduleItem,
    BadQuestion,
}
