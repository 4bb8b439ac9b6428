using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Search;
using SilkRoad.Search.Concepts;
using SilkRoad.Search.Translation;

namespace SilkRoad.Web.Pages.Concepts;

/// <summary>A thesaurus concept: its names in the six languages, its place in the hierarchy, and the resources that
/// name it in any language (those the index tagged with it).</summary>
public sealed class DetailModel(CrossLanguageSources sources, ISearchIndex index) : PageModel
{
    public const int ResourcesShown = 20;

    public Concept Concept { get; private set; } = null!;

    public Thesaurus Thesaurus => sources.Thesaurus;

    public SearchResults Resources { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (sources.Thesaurus.Find(key) is not { } concept) return NotFound();
        Concept = concept;
        Resources = await index.SearchAsync(new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Concept] = [concept.Key] },
            Sort = SearchSort.Newest,
            PageSize = ResourcesShown,
            Highlight = false,
        }, cancellationToken);
        return Page();
    }
}
