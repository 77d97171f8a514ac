using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

internal sealed class MentorRatingConfiguration : IEntityTypeConfiguration<MentorRating>
{
    public void Configure(EntityTypeBuilder<MentorRating> rating)
    {
        rating.HasKey(r => r.Id);
        rating.HasIndex(r => new { r.ShareLinkId, r.RequirementId }).IsUnique();
        rating.HasIndex(r => r.PlanId);
        rating.Property(r => r.Level).HasConversion<int>();
        rating.HasOne(r => r.ShareLink).WithMany().HasForeignKey(r => r.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
