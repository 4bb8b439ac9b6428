using SilkRoad.Catalogue.Storage;
using SilkRoad.Training.DemoData;

namespace SilkRoad.Training.Tests.Storage;

/// <summary>One store per provider with the demo base seeded, shared by the tests of a class, and the demo data it holds.</summary>
public sealed class SeededStores : IAsyncLifetime
{
    private readonly Dictionary<StorageProvider, TrainingTestStore> _stores = [];

    public TrainingDemoData Expected { get; } = TrainingDemoGenerator.Generate();

    public TrainingTestStore this[StorageProvider provider] => _stores[provider];

    public async Task InitializeAsync()
    {
        foreach (var provider in new[] { StorageProvider.Sqlite, StorageProvider.Postgres })
        {
            _stores[provider] = await TrainingTestStore.CreateSeededAsync(provider);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores.Values) await store.DisposeAsync();
    }
}
