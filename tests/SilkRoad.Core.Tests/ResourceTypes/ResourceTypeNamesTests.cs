using SilkRoad.Core.ResourceTypes;

namespace SilkRoad.Core.Tests.ResourceTypes;

public sealed class ResourceTypeNamesTests
{
    [Theory]
    [InlineData("article", ResourceType.JournalArticle)]
    [InlineData("journal-article", ResourceType.JournalArticle)] // Crossref
    [InlineData("Journal Article", ResourceType.JournalArticle)]
    [InlineData("proceedings-article", ResourceType.ConferencePaper)] // Crossref
    [InlineData("paper", ResourceType.ConferencePaper)]
    [InlineData("inproceedings", ResourceType.ConferencePaper)] // BibTeX
    [InlineData("JOUR", ResourceType.JournalArticle)] // RIS
    [InlineData("dissertation", ResourceType.Thesis)] // OpenAlex
    [InlineData("chapter", ResourceType.BookChapter)]
    [InlineData("report", ResourceType.TechnicalReport)]
    [InlineData("course", ResourceType.CourseMaterial)]
    [InlineData("policy", ResourceType.PolicyDocument)]
    [InlineData("news", ResourceType.News)]
    [InlineData("standard", ResourceType.Standard)]
    [InlineData("patent", ResourceType.Patent)]
    [InlineData("dataset", ResourceType.Dataset)]
    public void ReadsTheNamesSourcesUse(string name, ResourceType expected)
    {
        Assert.True(ResourceTypeNames.TryParse(name, out var type));
        Assert.Equal(expected, type);
    }

    [Fact]
    public void RejectsUnknownNames() => Assert.False(ResourceTypeNames.TryParse("spaceship", out _));

    [Fact]
    public void EverySlugReadsBackAsItsType()
    {
        foreach (var type in Enum.GetValues<ResourceType>())
        {
            Assert.True(ResourceTypeNames.TryParse(type.ToSlug(), out var parsed));
            Assert.Equal(type, parsed);
        }
    }
}
