using System.Diagnostics.CodeAnalysis;

namespace SilkRoad.Core.ResourceTypes;

/// <summary>
/// Reads the type names that sources use: our own names, common short names (article, paper, chapter), OpenAlex and
/// Crossref types (journal-article, proceedings-article, dissertation), BibTeX entry types and RIS TY codes.
/// </summary>
public static class ResourceTypeNames
{
    private static readonly Dictionary<string, ResourceType> Names = Build();

    public static bool TryParse(string? name, [NotNullWhen(true)] out ResourceType? type)
    {
        type = null;
        if (string.IsNullOrWhiteSpace(name)) return false;
        if (!Names.TryGetValue(Key(name), out var found)) return false;
        type = found;
        return true;
    }

    /// <summary>The name written in URLs, APIs and files: kebab case, e.g. <c>journal-article</c>.</summary>
    public static string ToSlug(this ResourceType type) => type switch
    {
        ResourceType.JournalArticle => "journal-article",
        ResourceType.ConferencePaper => "conference-paper",
        ResourceType.Patent => "patent",
        ResourceType.Standard => "standard",
        ResourceType.TechnicalReport => "technical-report",
        ResourceType.Book => "book",
        ResourceType.BookChapter => "book-chapter",
        ResourceType.Thesis => "thesis",
        ResourceType.Dataset => "dataset",
        ResourceType.CourseMaterial => "course-material",
        ResourceType.PolicyDocument => "policy-document",
        ResourceType.News => "news",
        _ => "other",
    };

    // Keys compare without case, spaces, dashes or underscores: "Journal Article", "journal-article", "JOUR" all meet.
    private static string Key(string name) =>
        new(name.Trim().ToLowerInvariant().Where(c => c is not (' ' or '-' or '_')).ToArray());

    private static Dictionary<string, ResourceType> Build()
    {
        var names = new Dictionary<string, ResourceType>();
        void Add(ResourceType type, params string[] aliases)
        {
            names[Key(type.ToString())] = type;
            names[Key(type.ToSlug())] = type;
            foreach (var alias in aliases) names[Key(alias)] = type;
        }

        Add(ResourceType.JournalArticle, "article", "journal", "review", "letter", "editorial", "preprint",
            "posted-content", "jour", "ejour", "magazine-article", "erratum");
        Add(ResourceType.ConferencePaper, "paper", "conference", "proceedings-article", "inproceedings",
            "conference-paper", "proceedings", "conf", "cpaper");
        Add(ResourceType.Patent, "pat");
        Add(ResourceType.Standard, "norm", "stand");
        Add(ResourceType.TechnicalReport, "report", "techreport", "rprt", "report-component", "working-paper");
        Add(ResourceType.Book, "monograph", "edited-book", "reference-book", "book-set", "ebook", "manual",
            "booklet", "edbook");
        Add(ResourceType.BookChapter, "chapter", "inbook", "incollection", "chap", "book-section", "book-part",
            "echap", "reference-entry");
        Add(ResourceType.Thesis, "dissertation", "phdthesis", "mastersthesis", "thes");
        Add(ResourceType.Dataset, "data", "database", "supplementary-material", "dbase");
        Add(ResourceType.CourseMaterial, "course", "lecture", "courseware", "slide", "educational-material");
        Add(ResourceType.PolicyDocument, "policy", "government-document", "govdoc", "legislation", "bill");
        Add(ResourceType.News, "newspaper-article", "news-article", "news-item", "press-release", "news-paper", "mgzn");
        Add(ResourceType.Other, "misc", "gen", "paratext", "other", "unpublished", "grant");
        return names;
    }
}
