using System.Collections.Concurrent;

namespace SilkRoad.Catalogue.Tests.Importers.OaiPmh;

/// <summary>
/// A clock fixed at <see cref="Now"/> whose timers record the wait asked for and fire at once, so retry tests
/// check how long the client would wait without sleeping or timing anything.
/// </summary>
internal sealed class ImmediateTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public DateTimeOffset Now { get; init; } = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _waits.Enqueue(dueTime);
        return TimeProvider.System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
