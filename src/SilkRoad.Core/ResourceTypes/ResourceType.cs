namespace SilkRoad.Core.ResourceTypes;

/// <summary>The kinds of resource the catalogue holds. Stored by name, so members may be reordered but not renamed.</summary>
public enum ResourceType
{
    JournalArticle,
    ConferencePaper,
    Patent,
    Standard,
    TechnicalReport,
    Book,
    BookChapter,
    Thesis,
    Dataset,
    CourseMaterial,
    PolicyDocument,
    News,
    Other,
}
