using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Training.Storage.Postgres;

public sealed class PostgresTrainingDbContext(DbContextOptions<PostgresTrainingDbContext> options) : TrainingDbContext(options);
