using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>
/// Every refused sign-in checks a password once, so that it takes as long whether the address is unknown, unconfirmed,
/// locked out or has a wrong password (timing would otherwise tell which addresses have accounts). Counted rather
/// than timed: a timed test would fail on a busy machine.
/// </summary>
public sealed class SignInTimingTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private sealed class CountingHasher : IPasswordHasher<AccountUser>
    {
        private readonly PasswordHasher<AccountUser> _real = new();
        private int _verifications;
        private int _hashes;

        public int Verifications => Volatile.Read(ref _verifications);

        public int Hashes => Volatile.Read(ref _hashes);

        public string HashPassword(AccountUser user, string password)
        {
            Interlocked.Increment(ref _hashes);
            return _real.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(AccountUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task AnUnknownUnconfirmedOrLockedOutAddressCostsOnePasswordCheckLikeAWrongPassword()
    {
        var hasher = new CountingHasher();
        await using var counted = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AccountUser>>(hasher)));
        var known = $"known.{Guid.NewGuid():N}@example.org";
        var unconfirmed = $"unconfirmed.{Guid.NewGuid():N}@example.org";
        var locked = $"locked.{Guid.NewGuid():N}@example.org";
        await using (var scope = counted.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
            foreach (var email in new[] { known, unconfirmed, locked })
            {
                var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = email != unconfirmed, CreatedAt = DateTimeOffset.UtcNow };
                Assert.True((await users.CreateAsync(user, AccountsPortal.Password)).Succeeded);
                if (email == locked) await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1));
            }
        }
        using var visitor = new Visitor(counted.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        async Task<int> ChecksFor(string email, string password)
        {
            var before = hasher.Verifications;
            using var _ = await visitor.SignInAsync(email, password);
            return hasher.Verifications - before;
        }

        Assert.Equal(1, await ChecksFor(known, "a wrong long password"));
        Assert.Equal(1, await ChecksFor($"nobody.{Guid.NewGuid():N}@example.org", "a wrong long password"));
        Assert.Equal(1, await ChecksFor(unconfirmed, AccountsPortal.Password));
        Assert.Equal(1, await ChecksFor(locked, AccountsPortal.Password));
    }

    [Fact]
    public async Task RegisteringATakenAddressHashesThePasswordLikeRegisteringANewOne()
    {
        var hasher = new CountingHasher();
        await using var counted = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AccountUser>>(hasher)));
        var taken = $"taken.{Guid.NewGuid():N}@example.org";
        await using (var scope = counted.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>();
            Assert.True((await users.CreateAsync(new AccountUser { UserName = taken, Email = taken, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow }, AccountsPortal.Password)).Succeeded);
        }
        using var visitor = new Visitor(counted.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        async Task<int> HashesFor(string email)
        {
            var before = hasher.Hashes;
            using var _ = await visitor.RegisterAsync(email, "a long enough passphrase");
            return hasher.Hashes - before;
        }

        Assert.Equal(1, await HashesFor($"new.{Guid.NewGuid():N}@example.org"));
        Assert.Equal(1, await HashesFor(taken));
    }
}
