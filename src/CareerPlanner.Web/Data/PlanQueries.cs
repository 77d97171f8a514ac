using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Data;

internal static class PlanQueries
{
    /// <summary>What a plan document shows besides the plan row: its reviews and the mentors' comments and ratings (of one link only, for a mentor).</summary>
    public static async Task<PlanFeedback> FeedbackAsync(this AppDbContext db, int planId, int? linkId = null)
    {
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync();
        var comments = await db.MentorComments.AsNoTracking().Include(c => c.ShareLink)
            .Where(c => c.PlanId == planId && (linkId == null || c.ShareLinkId == linkId)).ToListAsync();
        var ratings = await db.MentorRatings.AsNoTracking().Include(r => r.ShareLink)
            .Where(r => r.PlanId == planId && (linkId == null || r.ShareLinkId == linkId)).ToListAsync();
        return new PlanFeedback(reviews, comments, ratings);
    }

    /// <summary>Plans the person owns; every plan look-up goes through this, so others' plans are simply not found.</summary>
    public static IQueryable<Plan> OwnedBy(this IQueryable<Plan> plans, string userId) =>
        plans.Where(p => p.OwnerId == userId);
}

internal sealed record PlanFeedback(List<Review> Reviews, List<MentorComment> Comments, List<MentorRating> Ratings);
