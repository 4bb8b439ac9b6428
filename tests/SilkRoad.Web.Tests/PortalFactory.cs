using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SilkRoad.Web.Tests;

/// <summary>
/// The real host over its embedded default: SQLite under a data folder. Without a folder given, it makes one of its
/// own and deletes it when disposed; a given folder is the caller's.
/// </summary>
public sealed class PortalFactory(string? dataPath = null) : WebApplicationFactory<Program>
{
    private readonly bool _ownsData = dataPath is null;

    public string DataPath { get; } = dataPath ?? NewDataFolder();

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("silkroad-web-").FullName;

    public static void DeleteData(string dataPath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataPath, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("DataPath", DataPath);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsData) DeleteData(DataPath);
    }
}
