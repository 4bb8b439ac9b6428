using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.ApiKeys;
using SilkRoad.Accounts.Storage;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Accounts.Tests.ApiKeys;

public sealed class ApiKeyStoreTests
{
    [Theory]
    [MemberData(nameof(AccountsHost.Providers), MemberType = typeof(AccountsHost))]
    public async Task AKeyIsStoredOnlyAsAHashAndAuthenticatesWithItsScopes(StorageProvider provider)
    {
        await using var host = await AccountsHost.StartAsync(provider);
        var store = host.Services.GetRequiredService<ApiKeyStore>();

        var created = await store.CreateAsync("nightly import", [ApiKeyScopes.CatalogueWrite], "admin-id", CancellationToken.None);

        Assert.Matches("^sr_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", created.Secret);
        var secretPart = created.Secret[16..];
        await using (var context = host.Services.GetRequiredService<AccountsDbContextFactory>().Create())
        {
            var row = await context.ApiKeys.SingleAsync();
            Assert.Equal(32, row.SecretHash.Length);
            Assert.DoesNotContain(secretPart, Encoding.UTF8.GetString(row.SecretHash), StringComparison.Ordinal);
            Assert.Null(row.LastUsedAt);
        }
        var key = await store.AuthenticateAsync(created.Secret, CancellationToken.None);
        Assert.NotNull(key);
        Assert.Equal([ApiKeyScopes.CatalogueWrite], key.ScopeList);
        Assert.NotNull((await store.ListAsync(CancellationToken.None)).Single().LastUsedAt);
    }

    [Fact]
    public async Task AnAlteredOrRevokedKeyAuthenticatesNothing()
    {
        await using var host = await AccountsHost.StartAsync();
        var store = host.Services.GetRequiredService<ApiKeyStore>();
        var created = await store.CreateAsync("harvest", [ApiKeyScopes.CatalogueWrite, ApiKeyScopes.Admin], "admin-id", CancellationToken.None);
        var altered = created.Secret[..^1] + (created.Secret[^1] == 'A' ? 'B' : 'A');

        Assert.Null(await store.AuthenticateAsync(altered, CancellationToken.None));
        Assert.Null(await store.AuthenticateAsync("sr_000000000000_" + created.Secret[16..], CancellationToken.None));
        Assert.Null(await store.AuthenticateAsync("", CancellationToken.None));
        Assert.True(await store.RevokeAsync(created.Key.Id, CancellationToken.None));
        Assert.Null(await store.AuthenticateAsync(created.Secret, CancellationToken.None));
    }

    [Fact]
    public async Task AKeyWithoutAKnownScopeIsNotMade()
    {
        await using var host = await AccountsHost.StartAsync();
        var store = host.Services.GetRequiredService<ApiKeyStore>();

        await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync("x", [], "admin-id", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync("x", ["everything"], "admin-id", CancellationToken.None));
    }
}
