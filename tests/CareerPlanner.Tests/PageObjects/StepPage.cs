using AngleSharp.Dom;
using CareerPlanner.Tests.Infrastructure;

namespace CareerPlanner.Tests.PageObjects;

/// <summary>
/// What the five wizard steps share: their address under the plan, their buttons, the step indicator,
/// the version that makes a stale form detectable, and the mentor feedback shown on a step.
/// </summary>
public abstract class StepPage(HtmlClient client, int planId, string slug)
{
    public const string Save = "Save";
    public const string SaveAndContinue = "Save and continue →";
    public const string Back = "← Back";

    /// <summary>The step's own form (not the mentor feedback's or the sign-out button's).</summary>
    public const string Form = "form.step-form";

    /// <summary>The plan's version the form was made from; a save from an older version is refused as stale.</summary>
    public const string Version = "Version";

    /// <summary>The field of the pressed button: what a save does (e.g. <c>save</c>).</summary>
    public const string Command = "command";

    /// <summary>The five steps, in order, on every page of a plan.</summary>
    public const string StepIndicator = "nav[aria-label='Plan steps']";

    public const string StepNames = StepIndicator + " li .step-name";

    public const string StepStates = StepIndicator + " .step-state";

    public const string MentorFeedback = "section[aria-label='Mentor feedback on this step']";

    public HtmlClient Client => client;

    public int PlanId => planId;

    public string Url => UrlOf(planId, slug);

    public static string UrlOf(int planId, string slug) => $"/plans/{planId}/{slug}";

    public Task<HtmlPage> OpenAsync() => client.GetAsync(Url);

    /// <summary>Opens the step, fills its form with <paramref name="values"/> and presses <paramref name="button"/>.</summary>
    public Task<HtmlPage> SaveAsync(IDictionary<string, string> values, string button = Save) => client.FillAsync(Url, values, button);

    /// <summary>The first step's entry in the step indicator.</summary>
    public static IElement FirstStep(HtmlPage page) => page.Document.QuerySelector(StepIndicator + " li:first-child")!;
}
