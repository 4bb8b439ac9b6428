using System.Globalization;
using Microsoft.Extensions.Localization;
using SilkRoad.Search;

namespace SilkRoad.Web.Pages.Search;

/// <summary>One refused parameter of a search address: which (<see cref="Field"/>, as in the URL) and why.</summary>
public sealed record SearchInputError(string Field, SearchInputProblem Problem)
{
    /// <summary>The reason in the current culture, as the results page shows it and the API's problem details give it.</summary>
    public string Message(IStringLocalizer<PortalText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["SearchInput." + Problem, SearchRequest.MaxQueryLength.ToString("N0", CultureInfo.CurrentCulture),
            SearchParameters.MaxPage.ToString("N0", CultureInfo.CurrentCulture),
            SearchRequest.MaxPageSize.ToString("N0", CultureInfo.CurrentCulture)];
    }
}
