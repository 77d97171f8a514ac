using System.Text.RegularExpressions;

namespace CareerPlanner.Web.Domain.Analysis;

/// <summary>
/// Checks each action against SMART and names what is missing or weak. It advises; saving is never blocked.
/// </summary>
/// <remarks>
/// The rules, so a person can predict them:
/// <list type="bullet">
/// <item>Specific: the title has at least 3 words, avoids vague wording ("get better", "improve", "work on", "try to", "be more"),
/// and either starts with an action verb from <see cref="ActionVerbs"/> or says in "what exactly" what will be done.</item>
/// <item>Measurable: a measure is given and holds something countable (a digit, or a number word such as "ten" or "all").</item>
/// <item>Achievable: effort in hours, resources or a budget is given.</item>
/// <item>Relevant: the action is linked to a goal or a gap-analysis requirement.</item>
/// <item>Time-bound: a deadline is given, not before the start, and — while the action is open — not in the past.</item>
/// </list>
/// </remarks>
public static partial class SmartCheck
{
    public const int MinimumTitleWords = 3;

    public static readonly IReadOnlySet<string> ActionVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "apply", "ask", "attend", "book", "build", "complete", "contribute", "create", "deliver", "design", "draft", "earn",
        "enrol", "enroll", "finish", "follow", "give", "host", "interview", "join", "launch", "lead", "learn", "listen",
        "map", "meet", "mentor", "organise", "organize", "pass", "plan", "practise", "practice", "prepare", "present",
        "publish", "read", "rebuild", "redesign", "register", "run", "schedule", "shadow", "ship", "speak", "start",
        "study", "submit", "take", "teach", "volunteer", "watch", "write",
    };

    private static readonly string[] VagueWording = ["get better", "improve", "work on", "try to", "be more", "learn more", "think about"];

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "fifty", "hundred", "dozen", "all", "every", "each", "once", "twice", "weekly", "monthly", "daily",
    };

    public static SmartResult Check(PlanAction action, DateOnly today)
    {
        var findings = new List<SmartFinding>();
        Specific(action, findings);
        Measurable(action, findings);
        Achievable(action, findings);
        Relevant(action, findings);
        TimeBound(action, today, findings);
        return new SmartResult(action, findings);
    }

    public static IReadOnlyList<SmartResult> CheckAll(Plan plan, DateOnly today) =>
        [.. plan.Actions.Select(a => Check(a, today))];

    private static void Specific(PlanAction action, List<SmartFinding> findings)
    {
        var words = Words(action.Title);
        if (words.Length < MinimumTitleWords)
        {
            findings.Add(new(SmartCriterion.Specific, $"The title is too short to act on: say what you will do in at least {MinimumTitleWords} words."));
            return;
        }

        var vague = VagueWording.FirstOrDefault(v => action.Title.Contains(v, StringComparison.OrdinalIgnoreCase));
        if (vague is not null)
        {
            findings.Add(new(SmartCriterion.Specific, $"“{vague}” is vague: name the concrete thing you will do (e.g. “Run a weekly prioritisation review with my lead”)."));
        }
        else if (!ActionVerbs.Contains(words[0]) && Words(action.Specific).Length < 5)
        {
            findings.Add(new(SmartCriterion.Specific, "Start the title with what you will do (e.g. “Complete…”, “Run…”, “Present…”), or describe it under “What exactly”."));
        }
    }

    private static void Measurable(PlanAction action, List<SmartFinding> findings)
    {
        if (string.IsNullOrWhiteSpace(action.Measure))
        {
            findings.Add(new(SmartCriterion.Measurable, "No measure of success: how will you know it is done?"));
        }
        else if (!action.Measure.Any(char.IsAsciiDigit) && !Words(action.Measure).Any(NumberWords.Contains))
        {
            findings.Add(new(SmartCriterion.Measurable, "The measure has nothing countable: add a number (e.g. “12 interviews”, “a score of at least 80 %”)."));
        }
    }

    private static void Achievable(PlanAction action, List<SmartFinding> findings)
    {
        if (action.EffortHours is null && string.IsNullOrWhiteSpace(action.Resources) && action.BudgetAmount is null)
        {
            findings.Add(new(SmartCriterion.Achievable, "Say what it takes: effort in hours, resources or a budget."));
        }
    }

    private static void Relevant(PlanAction action, List<SmartFinding> findings)
    {
        if (action.GoalId is null && action.RequirementId is null)
        {
            findings.Add(new(SmartCriterion.Relevant, "Not linked to a goal or a gap: which one does it serve?"));
        }
    }

    private static void TimeBound(PlanAction action, DateOnly today, List<SmartFinding> findings)
    {
        if (action.Deadline is not { } deadline)
        {
            findings.Add(new(SmartCriterion.TimeBound, "No deadline."));
        }
        else if (action.Start is { } start && deadline < start)
        {
            findings.Add(new(SmartCriterion.TimeBound, "The deadline is before the start."));
        }
        else if (action.IsOpen && deadline < today)
        {
            findings.Add(new(SmartCriterion.TimeBound, "The deadline has passed and the action is still open: finish it, move the date, or drop it."));
        }
    }

    private static string[] Words(string? text) => string.IsNullOrWhiteSpace(text) ? [] : WordPattern().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+")]
    private static partial Regex WordPattern();
}
