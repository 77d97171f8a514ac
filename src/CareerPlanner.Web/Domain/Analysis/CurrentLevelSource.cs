namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>Where a requirement's current level comes from.</summary>
public enum CurrentLevelSource
{
    /// <summary>Neither step 1 nor the gap analysis gives a level: counted as 0.</summary>
    Unknown = 0,

    /// <summary>The step-1 skill of the same name.</summary>
    SelfAssessment = 1,

    /// <summary>Set by the person on the requirement itself.</summary>
    SetHere = 2,
}
