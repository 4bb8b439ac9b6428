namespace SilkRoad.Search;

/// <summary>
/// A position in the store's change order: resources changed at or after <see cref="ChangedAt"/> may not be in the
/// index yet. Re-indexing a resource is idempotent, so starting a little early costs only time.
/// </summary>
public readonly record struct IndexWatermark(DateTime ChangedAt)
{
    public static IndexWatermark None { get; } = new(DateTime.MinValue);

    public bool IsNone => ChangedAt == DateTime.MinValue;
}
