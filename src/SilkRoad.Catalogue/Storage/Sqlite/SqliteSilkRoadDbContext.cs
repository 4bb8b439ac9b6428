using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Catalogue.Storage.Sqlite;

public sealed class SqliteSilkRoadDbContext(DbContextOptions<SqliteSilkRoadDbContext> options) : SilkRoadDbContext(options);
