using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Training;

/// <summary>An <see cref="AccountsPortal"/> with the demo base seeded, shared by the tests of a class.</summary>
public sealed class SeededAccountsPortal : IAsyncLifetime
{
    // Seeding stays off (AccountsPortal's default): the copy below is what a first start would have seeded.
    public AccountsPortal Portal { get; } = new();

    public async Task InitializeAsync()
    {
        await PortalFactory.CopySeededDataToAsync(Portal.DataPath); // as the host would seed it on a first start
        _ = Portal.Services; // starts the host
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}
