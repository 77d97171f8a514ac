namespace CareerPlanner.BrowserTests;

/// <summary>Amara Okafor, support engineer aiming at product management (the shared personas), as a person types her plan.</summary>
internal static class Amara
{
    public const string PlanTitle = "Support engineer → product manager";

    public const string Strengths = "Explains complex problems **simply**; calm with upset customers; notices patterns in tickets before anyone else (found the sync bug behind 30 % of Q2's tickets).";
    public const string Motivators = "Seeing a fix I pushed for reach thousands of customers; autonomy; learning from engineers.";
    public const string ExcelsAt = "Turning vague complaints into reproducible bug reports with clear impact.";
    public const string StrugglesWith = "Saying no to urgent requests; presenting to executives; long-term planning.";

    public static readonly (string Name, string Level, string Evidence)[] Skills =
    [
        ("Customer empathy", "5 – Expert", "Top CSAT in a team of 25"),
        ("Technical troubleshooting", "4 – Proficient", "Tier-2 escalations"),
        ("SQL", "3 – Competent", ""),
        ("Writing", "4 – Proficient", "40 help-centre articles"),
        ("Stakeholder management", "2 – Advanced beginner", ""),
        ("Roadmapping", "1 – Novice", ""),
        ("Data analysis", "3 – Competent", "Ticket-trend dashboard"),
        ("Prioritisation", "2 – Advanced beginner", ""),
        ("User interviews", "2 – Advanced beginner", ""),
        ("Public speaking", "2 – Advanced beginner", ""),
    ];

    public static readonly (string Role, string Organisation, int FromYearsAgo, int? ToYearsAgo, string Highlights)[] Experiences =
    [
        ("Support Engineer", "Brightwave (SaaS invoicing)", 4, null, "Tier-2 escalations; wrote 40 help-centre articles; ran the weekly bug triage with engineering."),
        ("Customer Service Agent", "Lumen Telecom", 6, 4, "Top CSAT in a team of 25."),
    ];

    public const string DreamJob = "Product manager for a B2B product whose users I understand deeply — owning discovery, writing the specs, deciding what not to build.";
    public const string Opportunities = "AI-assisted support will shrink tier-1 roles and grow demand for people who connect customer insight to product decisions.";

    public static readonly (string Horizon, string Title, int MonthsAhead)[] Goals =
    [
        ("1 year", "Ship one feature end-to-end as a product shadow", 11),
        ("3 years", "Product Manager on a B2B team", 36),
        ("5 years", "Senior PM owning a product area", 60),
    ];

    public const string TargetRole = "Product Manager, B2B SaaS";
    public const string TargetRoleDescription = "3+ years in product or adjacent roles; discovery; roadmaps; data-informed decisions.";

    public static readonly (string Kind, string Name, string Required, string ClosedBy, string Priority)[] Requirements =
    [
        ("Skill", "Roadmapping", "4 – Proficient", "Training", "High"),
        ("Skill", "Prioritisation", "4 – Proficient", "Practice / new skill", "High"),
        ("Skill", "User interviews", "4 – Proficient", "Practice / new skill", "High"),
        ("Skill", "Stakeholder management", "4 – Proficient", "Experience", "Medium"),
        ("Skill", "Data analysis", "4 – Proficient", "Continuing education", "Medium"),
        ("Certification", "Product management certificate", "3 – Competent", "Certification", "Low"),
        ("Skill", "Public speaking", "3 – Competent", "Practice / new skill", "Low"),
    ];
}
