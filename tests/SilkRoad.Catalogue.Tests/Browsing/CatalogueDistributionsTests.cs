using SilkRoad.Catalogue.Storage;
using SilkRoad.Catalogue.Tests.Storage;

namespace SilkRoad.Catalogue.Tests.Browsing;

public sealed class CatalogueDistributionsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task CountsResourcesByYearAndCountryAndDistinctContributors(StorageProvider provider)
    {
        await using var host = await CatalogueHost.StartAsync(provider);
        var first = new ResourceBuilder("s", "1").Titled("Dam safety in Tajikistan", "en").In(2020).By("Ivan Petrov").By("Li Wei").Build();
        first.Countries.AddRange(["TJ", "RU"]);
        var second = new ResourceBuilder("s", "2").Titled("Hydropower in Tajikistan", "en").In(2020).By("li wei").Build();
        second.Countries.Add("TJ");
        var third = new ResourceBuilder("s", "3").Titled("Untitled survey of soils", "en").Build();
        await host.ImportAsync(first, second, third);

        var distributions = await host.Statistics.ComputeDistributionsAsync(CancellationToken.None);

        Assert.Equal(new Dictionary<int, long> { [2020] = 2 }, distributions.ByYear);
        Assert.Equal(new Dictionary<string, long> { ["TJ"] = 2, ["RU"] = 1 }, distributions.ByCountry);
        Assert.Equal(2, distributions.Countries);
        Assert.Equal(2, distributions.Contributors);
    }
}
