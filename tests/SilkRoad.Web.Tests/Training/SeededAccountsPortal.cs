using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

/// <summary>An <see cref="AccountsPortal"/> with the demo base seeded, shared by the tests of a class.</summary>
public sealed class SeededAccountsPortal : IAsyncLifetime
{
    public AccountsPortal Portal { get; } = new() { Settings = new Dictionary<string, string?> { ["DemoData:SeedWhenEmpty"] = "true" } };

    public Task InitializeAsync()
    {
        _ = Portal.Services; // starts the host, which seeds the demo base
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}
