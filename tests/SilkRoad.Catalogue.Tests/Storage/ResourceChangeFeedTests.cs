using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SilkRoad.Catalogue.Storage;

namespace SilkRoad.Catalogue.Tests.Storage;

public sealed class ResourceChangeFeedTests
{
    // Bug: written as "UpdatedAt > t OR (UpdatedAt = t AND Id > id)" alone, the condition is no range of the
    // (UpdatedAt, Id) index to PostgreSQL, which then read the index from its start for every batch of changes.
    [Fact]
    public async Task Each_batch_of_changes_is_sought_in_the_index_not_read_from_its_start()
    {
        await using var host = await CatalogueHost.StartAsync(StorageProvider.Postgres);
        await using var context = host.Contexts.Create();
        var query = ResourceChangeFeed.After(context, new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc), 42).Take(1000);

        var plan = await PostgresPlanAsync(context, query.ToQueryString());

        Assert.Contains(plan, line => line.Contains("Index Cond: (", StringComparison.Ordinal)
            && line.Contains("\"UpdatedAt\" >=", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Changes_come_once_each_in_order_even_when_a_batch_ends_inside_one_timestamp(StorageProvider provider)
    {
        // One store batch: every resource has the same UpdatedAt, so the feed's batches of two split inside it.
        await using var host = await CatalogueHost.StartAsync(provider);
        await host.ImportAsync([.. Enumerable.Range(1, 5).Select(i =>
            new ResourceBuilder("s", i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Titled($"Study {i}", "en").Build())]);

        var seen = new List<long>();
        await foreach (var batch in host.ChangeFeed.ChangedSinceAsync(DateTime.MinValue, long.MinValue, 2, CancellationToken.None))
            seen.AddRange(batch.Select(r => r.Id));

        Assert.Equal(5, seen.Count);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(5, seen.Distinct().Count());
    }

    // EF writes the parameters as "-- @name='value'" comments before the statement; they go in as literals, which
    // PostgreSQL types by the column they are compared with. The plan is the one for a large table (the test's is nearly
    // empty): the rows in order from the index, not all of them fetched and sorted.
    private static async Task<List<string>> PostgresPlanAsync(DbContext context, string sql)
    {
        var lines = sql.Split('\n');
        var statement = string.Join('\n', lines.Where(l => !l.StartsWith("--", StringComparison.Ordinal)));
        var parameters = lines.Where(l => l.StartsWith("-- @", StringComparison.Ordinal))
            .Select(l => l[3..].Split('=', 2))
            .Select(p => (Name: p[0], Literal: p[1][..(p[1].LastIndexOf('\'') + 1)]))
            .OrderByDescending(p => p.Name.Length);
        foreach (var (name, literal) in parameters) statement = statement.Replace(name, literal, StringComparison.Ordinal);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off; EXPLAIN " + statement;
        var plan = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        return plan;
    }
}
