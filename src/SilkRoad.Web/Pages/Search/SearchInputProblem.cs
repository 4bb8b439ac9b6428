namespace SilkRoad.Web.Pages.Search;

/// <summary>Why a search address was refused before anything was searched; each has a message in the resources.</summary>
public enum SearchInputProblem
{
    QueryTooLong,
    InvalidPage,
    InvalidSort,
    InvalidFilter,
    InvalidPageSize,
}
