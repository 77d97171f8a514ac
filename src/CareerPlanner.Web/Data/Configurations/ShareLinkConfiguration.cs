using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> link)
    {
        link.HasKey(l => l.Id);
        link.Property(l => l.TokenHash).HasMaxLength(ShareLink.TokenHashLength).IsFixedLength().IsRequired();
        link.HasIndex(l => l.TokenHash).IsUnique();
        link.HasIndex(l => l.PlanId);
        link.Property(l => l.Label).HasMaxLength(MentorComment.AuthorMaxLength).IsRequired();
    }
}
