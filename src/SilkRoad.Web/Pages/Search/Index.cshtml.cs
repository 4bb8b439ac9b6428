using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Search;

namespace SilkRoad.Web.Pages.Search;

/// <summary>
/// The results page. Bad input (an overlong query, a page that is not a number from 1 to
/// <see cref="SearchParameters.MaxPage"/>, an unknown sort) is answered with this page, the reason shown beside the
/// query box, and status 400; a query the engine cannot parse likewise; a page past the last one with 404.
/// </summary>
public sealed class IndexModel : PageModel
{
    public SearchParameters Parameters { get; private set; } = new();

    public IReadOnlyList<SearchInputError> Errors { get; private set; } = [];

    /// <summary>Null when the input was refused before searching.</summary>
    public SearchResults? Results { get; private set; }

    public int LastPage => Results is null ? 1
        : (int)Math.Clamp((Results.Total + Parameters.PageSize - 1) / Parameters.PageSize, 1, SearchParameters.MaxPage);

    public bool PastLastPage => Results is { Error: null } && Parameters.Page > LastPage;

    public async Task<IActionResult> OnGetAsync([FromServices] ISearchIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(index);
        Parameters = SearchParameters.Parse(Request.Query, out var errors);
        Errors = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Latin-script words are read in the reader's language unless the address says another (lang=).
        Results = await index.SearchAsync(Parameters.ToRequest() with { QueryLanguage = Parameters.QueryLanguage ?? Cultures.PortalCultures.Current.Code }, cancellationToken);
        if (Results.Error is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        else if (PastLastPage) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
