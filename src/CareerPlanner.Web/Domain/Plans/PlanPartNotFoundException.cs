namespace CareerPlanner.Web.Domain.Plans;

/// <summary>An id in a request names no part of this plan: a stale page, or a crafted request.</summary>
public sealed class PlanPartNotFoundException : Exception
{
    public PlanPartNotFoundException() { }

    public PlanPartNotFoundException(string message) : base(message) { }

    public PlanPartNotFoundException(string message, Exception innerException) : base(message, innerException) { }
}
