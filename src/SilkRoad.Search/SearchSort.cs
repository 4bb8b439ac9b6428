namespace SilkRoad.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
    Title,
}
