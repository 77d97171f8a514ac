using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

/// <summary>
/// The plan's own parts (skills, experiences, goals, requirements, actions, milestones) are stored
/// as JSON columns of the plan row: they are always read and written with the plan, so a plan
/// loads in one query with no joins.
/// </summary>
internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.HasKey(p => p.Id);
        plan.Property(p => p.OwnerId).IsRequired();
        plan.HasIndex(p => new { p.OwnerId, p.UpdatedAt });
        plan.HasOne<AppUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
        plan.Property(p => p.Title).HasMaxLength(Limits.Title).IsRequired();
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.Property(p => p.CurrentStep).HasConversion<int>();
        plan.Property(p => p.Intention).HasConversion<int?>();
        plan.Property(p => p.TargetRoleTitle).HasMaxLength(Limits.Title);
        plan.Property(p => p.Cadence).HasConversion<int>();
        plan.Property(p => p.CalendarTokenHash).HasMaxLength(ShareLink.TokenHashLength).IsFixedLength();
        plan.HasIndex(p => p.CalendarTokenHash).IsUnique();
        plan.Ignore(p => p.NextReviewDate);

        plan.OwnsMany(p => p.Skills, skill => skill.ToJson());
        plan.OwnsMany(p => p.Experiences, experience => experience.ToJson());
        plan.OwnsMany(p => p.Goals, goal => goal.ToJson());
        plan.OwnsMany(p => p.Requirements, requirement => requirement.ToJson());
        plan.OwnsMany(p => p.Actions, action => action.ToJson());
        plan.OwnsMany(p => p.Milestones, milestone => milestone.ToJson());

        foreach (var navigation in new[] { nameof(Plan.Skills), nameof(Plan.Experiences), nameof(Plan.Goals), nameof(Plan.Requirements), nameof(Plan.Actions), nameof(Plan.Milestones), nameof(Plan.Reviews), nameof(Plan.ShareLinks), nameof(Plan.MentorComments), nameof(Plan.MentorRatings) })
        {
            plan.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        plan.HasMany(p => p.Reviews).WithOne(r => r.Plan).HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.HasMany(p => p.ShareLinks).WithOne(l => l.Plan).HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.HasMany(p => p.MentorComments).WithOne(c => c.Plan).HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        plan.HasMany(p => p.MentorRatings).WithOne(r => r.Plan).HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
