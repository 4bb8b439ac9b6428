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

    [Fact]
    public async Task A_new_SQLite_store_has_pages_large_enough_for_several_resources_each()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Sqlite);

        await using var context = store.Contexts.Create();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA page_size";

        Assert.Equal(16_384L, await command.ExecuteScalarAsync());
    }
}
