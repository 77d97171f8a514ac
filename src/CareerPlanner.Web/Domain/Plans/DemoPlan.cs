
namespace CareerPlanner.Web.Domain.Plans;

/// <summary>
/// Amara Okafor's plan — support engineer to product manager — built through the plan's own
/// methods, as she would have entered it over the last three months: every step filled, two
/// reviews and a milestone. Used for the "example plan" button and as realistic seed data.
/// </summary>
public static class DemoPlan
{
    public const string Title = "Support engineer → product manager (example)";

    public static Plan Build(string ownerId, DateTimeOffset now)
    {
        var began = now.AddMonths(-3);
        var start = DateOnly.FromDateTime(began.UtcDateTime);
        var plan = new Plan(ownerId, Title, began);

        plan.DescribeSelf(
            "- Explains complex problems **simply**\n- Calm with upset customers\n- Notices patterns in tickets before anyone else (found the sync bug behind 30 % of Q2's tickets)",
            "Seeing a fix I pushed for reach thousands of customers; autonomy; learning from engineers.",
            "Turning vague complaints into reproducible bug reports with clear impact.",
            "Saying no to urgent requests; presenting to executives; long-term planning.",
            began);
        foreach (var (name, level, evidence) in new (string, SkillLevel, string)[]
        {
            ("Customer empathy", SkillLevel.Expert, "Top CSAT in a team of 25"),
            ("Technical troubleshooting", SkillLevel.Proficient, "Tier-2 escalations"),
            ("SQL", SkillLevel.Competent, "Ticket dashboard queries"),
            ("Writing", SkillLevel.Proficient, "40 help-centre articles"),
            ("Stakeholder management", SkillLevel.AdvancedBeginner, ""),
            ("Roadmapping", SkillLevel.Novice, ""),
            ("Data analysis", SkillLevel.Competent, "Ticket-trend dashboard"),
            ("Prioritisation", SkillLevel.AdvancedBeginner, ""),
            ("User interviews", SkillLevel.AdvancedBeginner, ""),
            ("Public speaking", SkillLevel.AdvancedBeginner, ""),
        })
        {
            plan.AddSkill(new SkillInput(name, level, evidence), began);
        }

        plan.AddExperience(new ExperienceInput("Support Engineer", "Brightwave (SaaS invoicing)", start.AddYears(-4), null,
            "Tier-2 escalations; wrote 40 help-centre articles; ran the weekly bug triage with engineering."), began);
        plan.AddExperience(new ExperienceInput("Customer Service Agent", "Lumen Telecom", start.AddYears(-6), start.AddYears(-4),
            "Top CSAT in a team of 25."), began);

        plan.DescribeAmbition(
            "Product manager for a B2B product whose users I understand deeply — owning discovery, writing the specs, deciding what not to build.",
            Intention.FindAnotherJob,
            "AI-assisted support will shrink tier-1 roles and grow demand for people who connect customer insight to product decisions.",
            began);
        var shadow = plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "Ship one feature end-to-end as a product shadow", "A feature from discovery to release, with our PM's sign-off.", start.AddMonths(11)), began);
        var pm = plan.AddGoal(new GoalInput(GoalHorizon.ThreeYears, "Product Manager on a B2B team", "Own a backlog and a team's roadmap.", start.AddYears(3)), began);
        plan.AddGoal(new GoalInput(GoalHorizon.FiveYears, "Senior PM owning a product area", null, start.AddYears(5)), began);

        plan.DescribeTargetRole("Product Manager, B2B SaaS",
            "From a job ad: *3+ years in product or adjacent roles; discovery; roadmaps; data-informed decisions.*", began);
        var roadmapping = AddRequirement(plan, RequirementKind.Skill, "Roadmapping", SkillLevel.Proficient, ClosingMethod.Training, Priority.High, began);
        AddRequirement(plan, RequirementKind.Skill, "Prioritisation", SkillLevel.Proficient, ClosingMethod.Practice, Priority.High, began);
        var interviews = AddRequirement(plan, RequirementKind.Skill, "User interviews", SkillLevel.Proficient, ClosingMethod.Practice, Priority.High, began);
        var stakeholders = AddRequirement(plan, RequirementKind.Skill, "Stakeholder management", SkillLevel.Proficient, ClosingMethod.Experience, Priority.Medium, began);
        var data = AddRequirement(plan, RequirementKind.Skill, "Data analysis", SkillLevel.Proficient, ClosingMethod.ContinuingEducation, Priority.Medium, began);
        var certificate = AddRequirement(plan, RequirementKind.Certification, "Product management certificate", SkillLevel.Competent, ClosingMethod.Certification, Priority.Low, began);
        var speaking = AddRequirement(plan, RequirementKind.Skill, "Public speaking", SkillLevel.Competent, ClosingMethod.Practice, Priority.Low, began);

        var course = plan.AddAction(new ActionInput("Complete the 'Product Discovery' course", ActionKind.Course,
            "Eight modules and the capstone project.", "All 8 modules and the capstone graded at least 80 %", 30, "Two evenings a week", 390, "EUR",
            shadow, roadmapping, start.AddDays(14), start.AddMonths(3).AddDays(-1)), began);
        var interviewsAction = plan.AddAction(new ActionInput("Run 12 customer interviews with our PM", ActionKind.OnTheJob,
            "Interview customers about invoicing pain points, with our PM leading the first two.", "12 interviews, notes in the team wiki", 18, "PM's time", 0, null,
            shadow, interviews, start, start.AddMonths(4)), began);
        var presentation = plan.AddAction(new ActionInput("Present the Q3 ticket-trend analysis to the leadership meeting", ActionKind.OnTheJob,
            null, "A 10-minute talk with 3 recommendations, feedback from 2 attendees", 8, null, null, null,
            null, speaking, start.AddDays(7), start.AddMonths(2)), began);
        plan.AddAction(new ActionInput("Attend ProductCamp Europe", ActionKind.ConferenceOrEvent,
            "Go to the discovery and roadmapping tracks.", "3 sessions, 5 new contacts", 16, null, 650, "EUR",
            null, stakeholders, start.AddMonths(6), start.AddMonths(7)), began);
        plan.AddAction(new ActionInput("Monthly mentoring with Dana (Group PM)", ActionKind.Mentoring,
            null, "10 sessions in 12 months with written take-aways", null, null, null, null,
            pm, null, start, start.AddMonths(12)), began);
        plan.AddAction(new ActionInput("Learn SQL window functions", ActionKind.Training,
            "Work through the exercises, then rebuild the ticket dashboard with them.", "Finish 20 exercises and rebuild the ticket dashboard", 12, "Online exercises", 0, null,
            null, data, start.AddMonths(1), start.AddMonths(5)), began);
        plan.AddAction(new ActionInput("Get better at prioritising", ActionKind.Other), began);

        var firstReview = began.AddMonths(1);
        plan.RecordReview(new ReviewInput(DateOnly.FromDateTime(firstReview.UtcDateTime),
            "Course module 2 done; first 3 interviews booked. Saying no is still hard — I blocked **Fridays** for deep work.",
            "Keep Fridays free of meetings.",
            [new(course, ActionStatus.InProgress, 25), new(interviewsAction, ActionStatus.InProgress, 25), new(presentation, ActionStatus.NotStarted, 0)]), firstReview);

        plan.RemoveRequirement(certificate, now);
        var publicSpeaking = plan.Skills.Single(s => s.Name == "Public speaking");
        plan.UpdateSkill(publicSpeaking.Id, new SkillInput(publicSpeaking.Name, SkillLevel.Competent, "Presented ticket trends to leadership"), now);
        plan.AddMilestone(new MilestoneInput(MilestoneKind.PerformanceReview, DateOnly.FromDateTime(now.UtcDateTime), "Exceeds expectations"), now);
        plan.RecordReview(new ReviewInput(DateOnly.FromDateTime(now.UtcDateTime),
            "Course finished (86 %). Presented ticket trends — the VP asked for a follow-up.",
            "Dropping the certificate for now.",
            [new(course, ActionStatus.Done, 100), new(presentation, ActionStatus.Done, 100), new(interviewsAction, ActionStatus.InProgress, 60)]), now);
        plan.ResumeAt(PlanStep.ProgressReview, now);
        return plan;
    }

    private static Guid AddRequirement(Plan plan, RequirementKind kind, string name, SkillLevel required, ClosingMethod closedBy, Priority priority, DateTimeOffset at) =>
        plan.AddRequirement(new RequirementInput(kind, name, required, null, closedBy, priority), at);
}
