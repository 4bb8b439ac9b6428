using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Core.Languages;

namespace SilkRoad.Catalogue.Tests.Storage;

public sealed class StoreInitializerTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task SeedsTheSixLanguagesOnceWithTheirDirection(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await new StoreInitializer(store.Contexts).InitializeAsync(CancellationToken.None);

        await using var context = store.Contexts.Create();
        var languages = await context.Languages.OrderBy(l => l.Code).ToListAsync();

        Assert.Equal(Language.All.Select(l => l.Code).Order(StringComparer.Ordinal), languages.Select(l => l.Code));
        Assert.Equal("rtl", languages.Single(l => l.Code == "ar").Direction);
        Assert.Equal("ltr", languages.Single(l => l.Code == "zh").Direction);
    }
}
