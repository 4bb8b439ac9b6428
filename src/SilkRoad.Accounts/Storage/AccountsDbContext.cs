using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Accounts.Storage;

/// <summary>
/// Accounts, roles and what belongs to them, in the catalogue's database (same provider, same connection string)
/// with migrations of their own, recorded in <see cref="MigrationsHistoryTable"/> so that the catalogue's history and
/// this one never meet. Each provider has a subclass only to carry its migrations; code depends on this type.
/// </summary>
public abstract class AccountsDbContext(DbContextOptions options) : IdentityDbContext<AccountUser, IdentityRole, string>(options)
{
    public const string MigrationsHistoryTable = "__AccountsMigrationsHistory";

    public DbSet<ApiKeys.ApiKey> ApiKeys => Set<ApiKeys.ApiKey>();

    public DbSet<PersonalData.AuditEntry> AuditEntries => Set<PersonalData.AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<AccountUser>(user => user.Property(u => u.DisplayName).HasMaxLength(200));
        builder.Entity<ApiKeys.ApiKey>(key =>
        {
            key.ToTable("ApiKeys");
            key.HasIndex(k => k.LookupId).IsUnique();
            key.Property(k => k.LookupId).HasMaxLength(12);
            key.Property(k => k.SecretHash).HasMaxLength(32);
            key.Property(k => k.Name).HasMaxLength(200);
            key.Property(k => k.Scopes).HasMaxLength(200);
            key.Property(k => k.CreatedBy).HasMaxLength(450);
            key.Ignore(k => k.ScopeList);
        });
        builder.Entity<PersonalData.AuditEntry>(entry =>
        {
            entry.ToTable("PersonalDataAudit");
            entry.HasIndex(e => e.SubjectId);
            entry.Property(e => e.ActorId).HasMaxLength(450);
            entry.Property(e => e.SubjectId).HasMaxLength(450);
            entry.Property(e => e.Action).HasMaxLength(32);
            entry.Property(e => e.Fields).HasMaxLength(2000);
        });
    }
}
