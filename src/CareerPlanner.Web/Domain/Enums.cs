using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Domain;

/// <summary>The five steps of the wizard, in order.</summary>
public enum PlanStep
{
    [Display(Name = "Self-assessment")] SelfAssessment = 1,
    [Display(Name = "Goals")] Goals = 2,
    [Display(Name = "Gap analysis")] GapAnalysis = 3,
    [Display(Name = "Action plan")] ActionPlan = 4,
    [Display(Name = "Progress review")] ProgressReview = 5,
}

/// <summary>A self-rated or required level on the Dreyfus scale.</summary>
public enum SkillLevel
{
    [Display(Name = "Novice")] Novice = 1,
    [Display(Name = "Advanced beginner")] AdvancedBeginner = 2,
    [Display(Name = "Competent")] Competent = 3,
    [Display(Name = "Proficient")] Proficient = 4,
    [Display(Name = "Expert")] Expert = 5,
}

public enum Intention
{
    [Display(Name = "Grow in my current job")] GrowInCurrentJob = 1,
    [Display(Name = "Find another job")] FindAnotherJob = 2,
    [Display(Name = "Change careers")] ChangeCareers = 3,
}

public enum GoalHorizon
{
    [Display(Name = "1 year")] OneYear = 1,
    [Display(Name = "3 years")] ThreeYears = 3,
    [Display(Name = "5 years")] FiveYears = 5,
    [Display(Name = "Long-term")] LongTerm = 10,
}

public enum RequirementKind
{
    [Display(Name = "Skill")] Skill = 1,
    [Display(Name = "Certification")] Certification = 2,
    [Display(Name = "Education")] Education = 3,
    [Display(Name = "Experience")] Experience = 4,
    [Display(Name = "Tool")] Tool = 5,
}

/// <summary>What would close a gap.</summary>
public enum ClosingMethod
{
    [Display(Name = "Training")] Training = 1,
    [Display(Name = "Certification")] Certification = 2,
    [Display(Name = "Continuing education")] ContinuingEducation = 3,
    [Display(Name = "Practice / new skill")] Practice = 4,
    [Display(Name = "New tool")] NewTool = 5,
    [Display(Name = "Experience")] Experience = 6,
}

public enum Priority
{
    [Display(Name = "Low")] Low = 1,
    [Display(Name = "Medium")] Medium = 2,
    [Display(Name = "High")] High = 3,
}

public enum ActionKind
{
    [Display(Name = "Training")] Training = 1,
    [Display(Name = "Course")] Course = 2,
    [Display(Name = "Certification")] Certification = 3,
    [Display(Name = "Conference or event")] ConferenceOrEvent = 4,
    [Display(Name = "Listen to experts")] ListenToExperts = 5,
    [Display(Name = "Mentoring")] Mentoring = 6,
    [Display(Name = "On-the-job / stretch project")] OnTheJob = 7,
    [Display(Name = "Other")] Other = 8,
}

public enum ActionStatus
{
    [Display(Name = "Not started")] NotStarted = 1,
    [Display(Name = "In progress")] InProgress = 2,
    [Display(Name = "Done")] Done = 3,
    [Display(Name = "Dropped")] Dropped = 4,
}

public enum MilestoneKind
{
    [Display(Name = "New job")] NewJob = 1,
    [Display(Name = "Performance review")] PerformanceReview = 2,
    [Display(Name = "Promotion")] Promotion = 3,
    [Display(Name = "Certification")] Certification = 4,
    [Display(Name = "New connection")] NewConnection = 5,
    [Display(Name = "Other")] Other = 6,
}

/// <summary>How far a step of the wizard has come.</summary>
public enum StepProgress
{
    [Display(Name = "Not started")] NotStarted = 0,
    [Display(Name = "In progress")] InProgress = 1,
    [Display(Name = "Done")] Done = 2,
}

/// <summary>How often the planner means to review the plan.</summary>
public enum ReviewCadence
{
    [Display(Name = "No fixed rhythm")] None = 0,
    [Display(Name = "Every month")] Monthly = 1,
    [Display(Name = "Every quarter")] Quarterly = 3,
    [Display(Name = "Every 6 months")] HalfYearly = 6,
}
