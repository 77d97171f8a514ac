using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Security;

/// <summary>
/// Every row of every table of the app's database, as text: two snapshots are equal only if no
/// request changed anything at all (titles, versions, JSON parts, links, comments, counters…).
/// </summary>
internal sealed record DatabaseSnapshot(IReadOnlyDictionary<string, IReadOnlyList<string>> Tables)
{
    public static async Task<DatabaseSnapshot> TakeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var names = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = db.Database.IsNpgsql()
                    ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
                    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }

            var tables = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                tables[name] = await RowsAsync(connection, name);
            }

            return new DatabaseSnapshot(tables);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    /// <summary>What differs, table by table, row by row; empty when the snapshots are equal.</summary>
    public IReadOnlyList<string> DifferencesFrom(DatabaseSnapshot before)
    {
        var differences = new List<string>();
        foreach (var table in before.Tables.Keys.Union(Tables.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.Tables.GetValueOrDefault(table) ?? [];
            var now = Tables.GetValueOrDefault(table) ?? [];
            differences.AddRange(old.Except(now).Select(row => $"{table}: - {Shorten(row)}"));
            differences.AddRange(now.Except(old).Select(row => $"{table}: + {Shorten(row)}"));
        }

        return differences;
    }

    public string Counts => string.Join(", ", Tables.Select(t => $"{t.Key} {t.Value.Count}"));

    private static async Task<IReadOnlyList<string>> RowsAsync(DbConnection connection, string table)
    {
        var rows = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) switch
                {
                    null => "NULL",
                    var text when reader.GetValue(i) is byte[] bytes => Convert.ToHexString(bytes) + $" ({text})",
                    var text => text,
                };
                row.Append(reader.GetName(i)).Append('=').Append(value).Append(" | ");
            }

            rows.Add(row.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Shorten(string row) => row.Length <= 600 ? row : row[..600] + "…";
}
