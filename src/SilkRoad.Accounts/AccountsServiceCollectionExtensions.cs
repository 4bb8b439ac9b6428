using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SilkRoad.Accounts.Mail;
using SilkRoad.Accounts.Storage;
using SilkRoad.Accounts.Users;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The Data Protection application name: the portal and the CLI must share it to read each other's tokens.</summary>
    public const string ApplicationName = "SilkRoad";

    /// <summary>
    /// Accounts on the catalogue's store (call after <c>AddCatalogue</c>): Identity's user manager, roles and token
    /// providers, mail, and Data Protection with its keys in <c>{DataPath}/keys</c>, shared by the portal and the CLI
    /// (a password-reset link the CLI writes is opened in the portal). Reads <c>Accounts</c> and <c>Mail</c>.
    /// Several portal nodes need that folder shared, or the same keys copied to each.
    /// </summary>
    public static IdentityBuilder AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection(AccountsOptions.Section));
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<AccountsDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<AccountsDbContextFactory>().Create());
        services.AddSingleton<AccountsStoreInitializer>();
        services.AddSingleton<IMailSender>(MailSender);

        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, ILoggerFactory>((keys, storage, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(storage.Value.DataPath, "keys")), logs));

        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountsOptions>>((identity, accounts) =>
        {
            identity.User.RequireUniqueEmail = true;
            identity.SignIn.RequireConfirmedEmail = true;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = accounts.Value.LockoutDuration;
            // NIST SP 800-63B §5.1.1.2: length, not composition rules, makes a password hard to guess.
            identity.Password.RequiredLength = 12;
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Password.RequiredUniqueChars = 4;
        });
        services.AddScoped<AccountRegistration>();
        services.AddScoped<AdministratorCreation>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<SignInTiming>();
        services.AddScoped<ExternalAccountCreation>();
        services.AddSingleton<ApiKeys.ApiKeyStore>();
        services.AddSingleton<SilkRoad.Core.PersonalData.IPersonalDataProtector, PersonalData.DataProtectionPersonalDataProtector>();
        services.AddSingleton<PersonalData.PersonalDataAuditLog>();
        services.AddScoped<PersonalData.IPersonalDataSource, PersonalData.AccountPersonalData>();
        services.AddScoped<PersonalData.PersonalDataExport>();
        services.AddScoped<PersonalData.AccountErasure>();
        return services.AddIdentityCore<AccountUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders();
    }

    private static IMailSender MailSender(IServiceProvider services)
    {
        var mail = services.GetRequiredService<IOptions<MailOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(mail.Smtp.Host)) return new SmtpMailSender(mail);
        var outbox = mail.OutboxPath ?? Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataPath, "outbox");
        return new OutboxMailSender(outbox, mail.From, services.GetRequiredService<TimeProvider>());
    }
}
