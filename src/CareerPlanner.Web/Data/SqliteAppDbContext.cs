using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Data;

/// <summary>The embedded default: one SQLite file in the data folder. Migrations in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
