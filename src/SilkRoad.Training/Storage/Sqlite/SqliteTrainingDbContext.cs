using Microsoft.EntityFrameworkCore;

namespace SilkRoad.Training.Storage.Sqlite;

public sealed class SqliteTrainingDbContext(DbContextOptions<SqliteTrainingDbContext> options) : TrainingDbContext(options);
