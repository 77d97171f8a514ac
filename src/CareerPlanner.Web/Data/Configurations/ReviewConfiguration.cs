using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.HasKey(r => r.Id);
        review.HasIndex(r => new { r.PlanId, r.Date });
        review.Property(r => r.SnapshotJson).IsRequired();
        review.OwnsMany(r => r.Progress, progress => progress.ToJson());
        review.Navigation(r => r.Progress).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
