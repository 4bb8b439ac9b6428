namespace SilkRoad.Search;

/// <summary>
/// A position in the store's change order (UpdatedAt, then resource id): the index holds every change up to and
/// including it. Each batch a writer commits carries its own timestamp, so no change can later appear before it.
/// </summary>
public readonly record struct IndexWatermark(DateTime ChangedAt, long ResourceId = long.MaxValue)
{
    public static IndexWatermark None { get; } = new(DateTime.MinValue, long.MinValue);

    public bool IsNone => ChangedAt == DateTime.MinValue;
}
