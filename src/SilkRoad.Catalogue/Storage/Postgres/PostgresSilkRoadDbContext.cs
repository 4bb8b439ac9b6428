using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Catalogue.Storage.Postgres;

public sealed class PostgresSilkRoadDbContext(DbContextOptions<PostgresSilkRoadDbContext> options) : SilkRoadDbContext(options);
