namespace SilkRoad.Web.Pages.Search;

/// <summary>One refused parameter of a search address: which (<see cref="Field"/>, as in the URL) and why.</summary>
public sealed record SearchInputError(string Field, SearchInputProblem Problem);
