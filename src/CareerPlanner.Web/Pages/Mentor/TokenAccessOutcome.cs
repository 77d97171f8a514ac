namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>What a capability token opens.</summary>
public enum TokenAccessOutcome
{
    /// <summary>The token is live: the link or feed it names can be used.</summary>
    Active,

    /// <summary>This client failed too often lately; it waits, whatever the token.</summary>
    TooMany,

    /// <summary>Unknown, revoked or expired: indistinguishable on purpose.</summary>
    NotFound,
}
