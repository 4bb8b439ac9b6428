using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// The one model of the store. Each provider has a subclass only so that it can carry its own migrations
/// (<c>Storage/Sqlite/Migrations</c>, <c>Storage/Postgres/Migrations</c>); code depends on this type.
/// </summary>
public abstract class SilkRoadDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredResource> Resources => Set<StoredResource>();
    public DbSet<ResourceKey> ResourceKeys => Set<ResourceKey>();
    public DbSet<ResourceSource> ResourceSources => Set<ResourceSource>();
    public DbSet<ImportCheckpoint> ImportCheckpoints => Set<ImportCheckpoint>();
    public DbSet<HarvestState> HarvestStates => Set<HarvestState>();
    public DbSet<StoredLanguage> Languages => Set<StoredLanguage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<StoredResource>(resource =>
        {
            resource.ToTable("Resources");
            resource.Property(r => r.Id).ValueGeneratedNever();
            resource.Property(r => r.Type).HasMaxLength(32);
            resource.Property(r => r.Languages).HasMaxLength(64);
            // One secondary index only: each costs a b-tree insert per record on the import path, and counts by type
            // or year come from the search index. The index follows the store's changes in UpdatedAt order
            // (ResourceChangeFeed), as an OAI-PMH provider will.
            resource.HasIndex(r => new { r.UpdatedAt, r.Id });
            resource.Property(r => r.Title).HasMaxLength(2000);
        });

        modelBuilder.Entity<ResourceKey>(key =>
        {
            key.ToTable("ResourceKeys");
            key.HasKey(k => k.Key);
            // Looked up only by key. No foreign key: that would bring an index on ResourceId, one more b-tree insert
            // per key, and resources are never deleted (a withdrawn one stays as a tombstone).
        });

        modelBuilder.Entity<ResourceSource>(source =>
        {
            source.ToTable("ResourceSources");
            source.HasKey(s => new { s.Source, s.RecordId });
            source.HasIndex(s => s.ResourceId);
            source.Property(s => s.Fingerprint).HasMaxLength(32);
            source.HasOne<StoredResource>().WithMany().HasForeignKey(s => s.ResourceId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ImportCheckpoint>(checkpoint =>
        {
            checkpoint.ToTable("ImportCheckpoints");
            checkpoint.HasKey(c => c.InputKey);
        });

        modelBuilder.Entity<HarvestState>(state =>
        {
            state.ToTable("HarvestStates");
            state.HasKey(s => s.HarvestKey);
        });

        modelBuilder.Entity<StoredLanguage>(language =>
        {
            language.ToTable("Languages");
            language.HasKey(l => l.Code);
            language.Property(l => l.Code).HasMaxLength(8);
            language.Property(l => l.Direction).HasMaxLength(3);
        });
    }
}
