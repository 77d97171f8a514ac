using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

internal sealed class MentorCommentConfiguration : IEntityTypeConfiguration<MentorComment>
{
    public void Configure(EntityTypeBuilder<MentorComment> comment)
    {
        comment.HasKey(c => c.Id);
        comment.HasIndex(c => new { c.PlanId, c.CreatedAt });
        comment.Property(c => c.Step).HasConversion<int>();
        comment.Property(c => c.AuthorName).HasMaxLength(MentorComment.AuthorMaxLength).IsRequired();
        comment.Property(c => c.Body).HasMaxLength(MentorComment.BodyMaxLength).IsRequired();
        comment.HasOne(c => c.ShareLink).WithMany().HasForeignKey(c => c.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
