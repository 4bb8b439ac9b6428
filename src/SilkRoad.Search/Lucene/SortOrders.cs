using Lucene.Net.Search;

namespace SilkRoad.Search.Lucene;

/// <summary>The Lucene sort of each <see cref="SearchSort"/>. Every sort ends with the resource id, so that no two
/// documents compare equal and a cursor (<see cref="SearchCursor"/>) names one position exactly.</summary>
internal static class SortOrders
{
    public static Sort For(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(Year(descending: true), Id(descending: true)),
        SearchSort.Oldest => new Sort(Year(descending: false), Id(descending: false)),
        SearchSort.Title => new Sort(new SortField(IndexFields.TitleOrder, SortFieldType.STRING), Id(descending: false)),
        _ => new Sort(SortField.FIELD_SCORE, Id(descending: false)),
    };

    private static SortField Id(bool descending) => new(IndexFields.IdOrder, SortFieldType.INT64, descending);

    // Resources without a year come last in both directions.
    private static SortField Year(bool descending)
    {
        var field = new SortField(IndexFields.YearOrder, SortFieldType.INT64, descending);
        field.SetMissingValue(descending ? long.MinValue : long.MaxValue);
        return field;
    }
}
