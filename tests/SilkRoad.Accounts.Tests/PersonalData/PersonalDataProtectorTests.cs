using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.PersonalData;
using SilkRoad.Core.PersonalData;

namespace SilkRoad.Accounts.Tests.PersonalData;

public sealed class PersonalDataProtectorTests
{
    [Fact]
    public async Task APassportNumberIsStoredAsCiphertextThatOnlyThisServicesKeysOpen()
    {
        await using var host = await AccountsHost.StartAsync();
        await using var other = await AccountsHost.StartAsync();
        var protector = host.Services.GetRequiredService<IPersonalDataProtector>();

        var stored = protector.Protect("E12345678");

        Assert.DoesNotContain("12345678", stored, StringComparison.Ordinal);
        Assert.NotEqual(stored, protector.Protect("E12345678"));
        Assert.Equal("E12345678", protector.Unprotect(stored));
        Assert.True(Directory.EnumerateFiles(Path.Combine(host.DataPath, "keys"), "key-*.xml").Any());
        Assert.ThrowsAny<CryptographicException>(() => other.Services.GetRequiredService<IPersonalDataProtector>().Unprotect(stored));
    }

    [Fact]
    public async Task AValueProtectedForAnotherPurposeIsNotReadAsPersonalData()
    {
        await using var host = await AccountsHost.StartAsync();
        var cookieLike = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("another purpose").Protect("x");

        Assert.ThrowsAny<CryptographicException>(() => host.Services.GetRequiredService<IPersonalDataProtector>().Unprotect(cookieLike));
    }

    [Fact]
    public async Task AFieldWrittenBeforeARestartStillOpensAfterIt()
    {
        await using var first = await AccountsHost.StartAsync();
        var stored = first.Services.GetRequiredService<IPersonalDataProtector>().Protect("+7 912 345 67 89");

        // A second host on the same data folder: the portal after a restart, or the CLI beside it.
        var again = new ServiceCollection().AddLogging();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataPath"] = first.DataPath }).Build();
        Catalogue.CatalogueServiceCollectionExtensions.AddCatalogue(again, configuration);
        again.AddAccounts(configuration);
        await using var restarted = again.BuildServiceProvider();

        Assert.Equal("+7 912 345 67 89", restarted.GetRequiredService<IPersonalDataProtector>().Unprotect(stored));
    }

    [Fact]
    public async Task AFingerprintIsStableForOneServiceAcrossRestartsAndDiffersForAnother()
    {
        await using var first = await AccountsHost.StartAsync();
        await using var other = await AccountsHost.StartAsync();
        var fingerprint = first.Services.GetRequiredService<IPersonalDataProtector>().Fingerprint("aigerim seitkali|1990-07-14|KZ");

        var again = new ServiceCollection().AddLogging();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataPath"] = first.DataPath }).Build();
        Catalogue.CatalogueServiceCollectionExtensions.AddCatalogue(again, configuration);
        again.AddAccounts(configuration);
        await using var restarted = again.BuildServiceProvider();

        Assert.DoesNotContain("1990", fingerprint, StringComparison.Ordinal);
        Assert.Equal(fingerprint, restarted.GetRequiredService<IPersonalDataProtector>().Fingerprint("aigerim seitkali|1990-07-14|KZ"));
        Assert.NotEqual(fingerprint, restarted.GetRequiredService<IPersonalDataProtector>().Fingerprint("aigerim seitkali|1990-07-15|KZ"));
        Assert.NotEqual(fingerprint, other.Services.GetRequiredService<IPersonalDataProtector>().Fingerprint("aigerim seitkali|1990-07-14|KZ"));
    }
}
