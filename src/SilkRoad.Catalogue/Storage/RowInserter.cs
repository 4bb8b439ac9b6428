using System.Data.Common;

namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// Inserts rows through one prepared multi-row <c>INSERT … VALUES (…), (…)</c> command, reused for every full group
/// of <c>rowsPerStatement</c> rows, so a batch parses its SQL once per table instead of once per row. SQLite binds
/// parameters by a linear name search, so it wants few rows per statement; PostgreSQL pays a round trip per
/// statement, so it wants many.
/// </summary>
internal sealed class RowInserter<T>(
    DbConnection connection,
    DbTransaction transaction,
    string table,
    string[] columns,
    string tail,
    int rowsPerStatement,
    Func<T, int, object?> value)
{
    public async Task InsertAsync(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                if (chunk.Length == rowsPerStatement)
                {
                    full ??= Create(rowsPerStatement);
                    await ExecuteAsync(full, chunk, cancellationToken);
                }
                else
                {
                    await using var rest = Create(chunk.Length);
                    await ExecuteAsync(rest, chunk, cancellationToken);
                }
            }
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
        }
    }

    private async Task ExecuteAsync(DbCommand command, T[] chunk, CancellationToken cancellationToken)
    {
        var parameters = command.Parameters;
        for (var row = 0; row < chunk.Length; row++)
        {
            for (var column = 0; column < columns.Length; column++)
                parameters[row * columns.Length + column].Value = value(chunk[row], column) ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Create(int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = new List<string>(rows);
        for (var row = 0; row < rows; row++)
        {
            var names = new string[columns.Length];
            for (var column = 0; column < columns.Length; column++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"p{row}_{column}";
                command.Parameters.Add(parameter);
                names[column] = "@" + parameter.ParameterName;
            }
            values.Add($"({string.Join(", ", names)})");
        }
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", values)} {tail}";
        return command;
    }
}
