using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Catalogue.Browsing;
using SilkRoad.Catalogue.Resources;
using SilkRoad.Search.Concepts;
using SilkRoad.Search.Translation;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Resources;

public sealed class DetailModel(ResourceLookup lookup, ResourceConceptFinder concepts) : PageModel
{
    /// <summary>The thesaurus concepts the resource names in any of its languages.</summary>
    public IReadOnlyList<Concept> Concepts { get; private set; } = [];

    public ResourceDetails Resource { get; private set; } = default!; // set by OnGetAsync before the page renders

    /// <summary>The title in the reader's language when the resource has one, else the first source's.</summary>
    public LocalizedText? MainTitle { get; private set; }

    public IReadOnlyList<LocalizedText> OtherTitles { get; private set; } = [];

    /// <summary>Abstracts, the reader's language first.</summary>
    public IReadOnlyList<LocalizedText> Abstracts { get; private set; } = [];

    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var resource = await lookup.FindAsync(id, cancellationToken);
        if (resource is null) return NotFound();
        if (resource.Withdrawn) return StatusCode(StatusCodes.Status410Gone);

        Resource = resource;
        var language = PortalCultures.Current.Code;
        var titles = ReaderLanguageFirst(resource.Document.Titles, language);
        MainTitle = titles.FirstOrDefault();
        OtherTitles = titles.Skip(1).ToList();
        Abstracts = ReaderLanguageFirst(resource.Document.Abstracts, language);
        Concepts = concepts.Find(resource.Document);
        JsonLd = ResourceJsonLd.Write(resource, new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}{Request.Path}"));
        return Page();
    }

    private static List<LocalizedText> ReaderLanguageFirst(IEnumerable<LocalizedText> texts, string language) =>
        texts.OrderBy(t => t.Language == language ? 0 : 1).ToList();
}
