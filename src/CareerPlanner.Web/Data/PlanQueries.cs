using CareerPlanner.Web.Domain;

namespace CareerPlanner.Web.Data;

internal static class PlanQueries
{
    /// <summary>Plans the person owns; every plan look-up goes through this, so others' plans are simply not found.</summary>
    public static IQueryable<Plan> OwnedBy(this IQueryable<Plan> plans, string userId) =>
        plans.Where(p => p.OwnerId == userId);
}
