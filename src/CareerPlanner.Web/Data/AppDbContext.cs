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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var gate = SqliteWriteGate.For(this);
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
        var gate = SqliteWriteGate.For(this);
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
