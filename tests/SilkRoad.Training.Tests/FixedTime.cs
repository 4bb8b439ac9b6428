namespace SilkRoad.Training.Tests;

/// <summary>A clock that stands at one moment: the demo base's "today" unless told otherwise.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static FixedTime DemoToday { get; } = new(new DateTimeOffset(Training.DemoData.TrainingDemoGenerator.Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
