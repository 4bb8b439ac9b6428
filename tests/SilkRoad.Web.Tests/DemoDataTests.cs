using System.Net.Http.Json;
using System.Text.Json;

namespace SilkRoad.Web.Tests;

public sealed class DemoDataTests
{
    private static readonly Uri Stats = new("/api/catalogue/stats", UriKind.Relative);

    [Fact]
    public async Task FirstStartSeedsADemoCatalogueInAllSixLanguagesAndEveryType()
    {
        await using var portal = new PortalFactory();
        using var client = portal.CreateClient();

        var stats = await client.GetFromJsonAsync<JsonElement>(Stats);

        Assert.True(stats.GetProperty("total").GetInt64() >= 60);
        foreach (var language in new[] { "zh", "en", "fr", "ru", "es", "ar" })
            Assert.True(stats.GetProperty("byLanguage").GetProperty(language).GetInt64() > 0, language);
        Assert.Equal(12, stats.GetProperty("byType").EnumerateObject().Count(t => t.Name != "Other"));
        Assert.True(stats.GetProperty("duplicatesMerged").GetInt64() > 0);
    }

    [Fact]
    public async Task ASecondStartDoesNotSeedAgain()
    {
        var dataPath = PortalFactory.NewDataFolder();
        try
        {
            long firstTotal;
            await using (var first = new PortalFactory(dataPath))
            {
                using var client = first.CreateClient();
                firstTotal = (await client.GetFromJsonAsync<JsonElement>(Stats)).GetProperty("total").GetInt64();
            }
            await using var second = new PortalFactory(dataPath);
            using var secondClient = second.CreateClient();

            var stats = await secondClient.GetFromJsonAsync<JsonElement>(Stats);

            Assert.Equal(firstTotal, stats.GetProperty("total").GetInt64());
            Assert.Equal(firstTotal + stats.GetProperty("duplicatesMerged").GetInt64(), stats.GetProperty("sourceRecords").GetInt64());
        }
        finally
        {
            PortalFactory.DeleteData(dataPath);
        }
    }
}
