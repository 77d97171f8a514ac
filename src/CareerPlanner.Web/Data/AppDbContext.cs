using CareerPlanner.Web.Domain;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();
    public DbSet<MentorComment> MentorComments => Set<MentorComment>();
    public DbSet<MentorRating> MentorRatings => Set<MentorRating>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
