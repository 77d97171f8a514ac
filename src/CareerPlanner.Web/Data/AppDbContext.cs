using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Data;

/// <summary>
/// The app's model, the same on every database. Pages and services use this type; what differs per
/// database (its migrations, a few mappings) lives in one derived context per provider
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>), the way the EF Core docs
/// keep migrations for several providers apart.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();
    public DbSet<MentorComment> MentorComments => Set<MentorComment>();
    public DbSet<MentorRating> MentorRatings => Set<MentorRating>();

    // Set while this context holds its file's write gate, so its own saves inside don't wait for themselves.
    private bool _writing;

    /// <summary>
    /// Runs a read-change-save as the only writer of the SQLite file, so nothing can be saved between
    /// its read and its save (on other databases it just runs). For additions that must not be lost
    /// to a busy moment: under contention, reading outside the gate would find the plan changed again and again.
    /// </summary>
    public async Task<T> ExclusivelyAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        var gate = _writing ? null : SqliteWriteGate.For(this);
        if (gate is null)
        {
            return await work();
        }

        await gate.WaitAsync(cancellationToken);
        _writing = true;
        try
        {
            return await work();
        }
        finally
        {
            _writing = false;
            gate.Release();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var gate = _writing ? null : SqliteWriteGate.For(this);
        gate?.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            gate?.Release();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var gate = _writing ? null : SqliteWriteGate.For(this);
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate?.Release();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
