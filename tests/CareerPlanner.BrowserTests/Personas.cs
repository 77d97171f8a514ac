namespace CareerPlanner.BrowserTests;

/// <summary>Amara Okafor, support engineer aiming at product management (the shared personas), as a person types her plan.</summary>
internal static class Amara
{
    public const string PlanTitle = "Support engineer → product manager";

    /// <summary>The title of the example plan the app makes from her story.</summary>
    public const string ExamplePlanTitle = "Support engineer → product manager (example)";

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

/// <summary>
/// One SMART action as a person types it on step 4. Dates are relative to today; <see cref="Goal"/> and
/// <see cref="Requirement"/> are the option texts of the "Serves goal" and "Closes gap" lists.
/// </summary>
internal sealed record PersonaAction(
    string Title,
    string Kind,
    int? StartInDays = null,
    int? DeadlineInMonths = null,
    string Specific = "",
    string Measure = "",
    decimal? EffortHours = null,
    decimal? Budget = null,
    string Currency = "",
    string Resources = "",
    string? Goal = null,
    string? Requirement = null)
{
    public DateOnly? StartFrom(DateOnly today) => StartInDays is { } days ? today.AddDays(days) : null;

    public DateOnly? DeadlineFrom(DateOnly today) => DeadlineInMonths is { } months ? today.AddMonths(months) : null;
}

/// <summary>Amara's SMART actions and check-ins (personas.md), in the order she enters them.</summary>
internal static class AmaraActions
{
    public static readonly PersonaAction Course = new(
        "Complete the 'Product Discovery' course", "Course", StartInDays: 14, DeadlineInMonths: 3,
        Specific: "Eight modules and the capstone project.", Measure: "All 8 modules and the capstone graded at least 80 %",
        EffortHours: 30, Budget: 390, Currency: "EUR", Resources: "Two evenings a week",
        Goal: "Ship one feature end-to-end as a product shadow (1 year)", Requirement: "Roadmapping (high priority)");

    public static readonly PersonaAction Interviews = new(
        "Run 12 customer interviews with our PM", "On-the-job / stretch project", StartInDays: 0, DeadlineInMonths: 4,
        Specific: "Interview customers about invoicing pain points, with our PM leading the first two.",
        Measure: "12 interviews, notes in the team wiki", EffortHours: 18, Resources: "PM's time",
        Goal: "Ship one feature end-to-end as a product shadow (1 year)", Requirement: "User interviews (high priority)");

    public static readonly PersonaAction Presentation = new(
        "Present the Q3 ticket-trend analysis to the leadership meeting", "On-the-job / stretch project", StartInDays: 7, DeadlineInMonths: 2,
        Measure: "A 10-minute talk with 3 recommendations, feedback from 2 attendees", EffortHours: 8,
        Requirement: "Public speaking (low priority)");

    public static readonly PersonaAction Conference = new(
        "Attend ProductCamp Europe", "Conference or event", StartInDays: 180, DeadlineInMonths: 7,
        Specific: "Go to the discovery and roadmapping tracks.", Measure: "3 sessions, 5 new contacts",
        EffortHours: 16, Budget: 650, Currency: "EUR", Requirement: "Stakeholder management (medium priority)");

    public static readonly PersonaAction Sql = new(
        "Learn SQL window functions", "Training", StartInDays: 0, DeadlineInMonths: 5,
        Measure: "Finish 20 exercises and rebuild the ticket dashboard", EffortHours: 12, Requirement: "Data analysis (medium priority)");

    /// <summary>Deliberately vague: no measure, no deadline, no link — the SMART check should name all of it.</summary>
    public static readonly PersonaAction Prioritising = new("Get better at prioritising", "Other");

    public const string FirstReview = "Course module 2 done; first 3 interviews booked. Saying no is still hard — I blocked Fridays for deep work.";
    public const string FirstReviewChanges = "Fridays are for deep work: no meetings.";
    public const string SecondReview = "Course finished (86 %). Presented ticket trends — the VP asked for a follow-up. Dropping the certificate for now.";
}
