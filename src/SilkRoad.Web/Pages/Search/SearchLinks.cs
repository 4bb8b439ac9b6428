using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Web.Pages.Search;

public static class SearchLinks
{
    /// <summary>A type as a filter value: the slug written in URLs (<c>journal-article</c>) for a stored type name.</summary>
    public static string TypeValue(string storedType) =>
        ResourceTypeNames.TryParse(storedType, out var type) ? type.Value.ToSlug() : storedType;
}
