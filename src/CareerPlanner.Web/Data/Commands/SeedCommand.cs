using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace CareerPlanner.Web.Data.Commands;

/// <summary>
/// <c>seed --users N [--extra-plans M] [--password P]</c>: fills a data folder with realistic plans
/// for the benchmark, through the plan's own methods. Each user <c>bench-{i}@example.com</c> gets a
/// plan like Amara's scaled up (30 skills, 15 goals, 20 requirements, 40 actions, 12 reviews with
/// snapshots, a mentor link with 10 comments and 10 ratings, Markdown text); <c>--extra-plans</c>
/// adds small plans spread over other accounts, to measure how pages behave as the database grows.
/// The tests seed the same plan (<see cref="SeedUserAsync"/>) to hold pages to their query budget.
/// </summary>
public static class SeedCommand
{
    public const string Name = "seed";
    public const string DefaultPassword = "benchmark passphrase";

    private static readonly GoalHorizon[] Horizons = [GoalHorizon.OneYear, GoalHorizon.ThreeYears, GoalHorizon.FiveYears, GoalHorizon.LongTerm];

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        var users = Option(args, "--users", 10);
        var extraPlans = Option(args, "--extra-plans", 0);
        var password = args.SkipWhile(a => a != "--password").Skip(1).FirstOrDefault() ?? DefaultPassword;
        await app.Services.PrepareDatabaseAsync();
        var started = DateTime.UtcNow;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var db = services.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        for (var i = 1; i <= users; i++)
        {
            try
            {
                await SeedUserAsync(services, i, password);
            }
            catch (SeedException e)
            {
                await output.WriteLineAsync($"seed: {e.Message}");
                return 1;
            }
        }

        if (extraPlans > 0)
        {
            var owners = new List<string>();
            for (var i = 1; i <= Math.Max(1, extraPlans / 1000); i++)
            {
                var user = new AppUser { UserName = $"growth-{i}@example.com", Email = $"growth-{i}@example.com", CreatedAt = now.UtcDateTime, SecurityStamp = Guid.NewGuid().ToString() };
                db.Users.Add(user);
                owners.Add(user.Id);
            }

            await db.SaveChangesAsync();
            for (var i = 0; i < extraPlans; i++)
            {
                var plan = new Plan(owners[i % owners.Count], $"Growth plan {i}", now);
                plan.AddSkill(new SkillInput("SQL", SkillLevel.Competent), now);
                plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "Lead a project", null, DateOnly.FromDateTime(now.UtcDateTime).AddMonths(9)), now);
                db.Plans.Add(plan);
                if (i % 1000 == 999)
                {
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync();
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"seed: {users} users with a full plan, {extraPlans} extra plans, in {(DateTime.UtcNow - started).TotalSeconds:0.0} s"));
        return 0;
    }

    /// <summary>
    /// Creates the user <c>bench-{n}@example.com</c> with the benchmark plan, as <c>seed</c> does for
    /// each user. <paramref name="scale"/> multiplies every list of the plan (2: twice the rows).
    /// </summary>
    /// <exception cref="SeedException">The user could not be created (e.g. it exists already).</exception>
    public static async Task<SeededUser> SeedUserAsync(IServiceProvider services, int n, string password = DefaultPassword, int scale = 1)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var userManager = services.GetRequiredService<UserManager<AppUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        var email = $"bench-{n}@example.com";
        var user = new AppUser { UserName = email, Email = email, CreatedAt = now.UtcDateTime };
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new SeedException($"{email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        var linkToken = ShareTokens.NewToken();
        var plan = BenchmarkPlan(user.Id, now, n, linkToken, scale);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return new SeededUser(user.Id, email, plan.Id, linkToken);
    }

    /// <summary>Amara's plan, then more of everything, up to the benchmark's sizes.</summary>
    public static Plan BenchmarkPlan(string ownerId, DateTimeOffset now, int n) => BenchmarkPlan(ownerId, now, n, ShareTokens.NewToken(), 1);

    /// <summary>The benchmark plan with every list <paramref name="scale"/> times as long, its mentor link made for <paramref name="linkToken"/>.</summary>
    public static Plan BenchmarkPlan(string ownerId, DateTimeOffset now, int n, string linkToken, int scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        var plan = DemoPlan.Build(ownerId, now);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var text = "Worked with **engineering** on the *sync* fix; see [the write-up](https://example.com/notes) and:\n\n- triage\n- follow-up\n- release notes";
        for (var i = plan.Skills.Count; i < 30 * scale; i++)
        {
            plan.AddSkill(new SkillInput($"Skill {i + 1}", (SkillLevel)(1 + (i % 5)), $"Evidence {i} for user {n}"), now);
        }

        for (var i = plan.Goals.Count; i < 15 * scale; i++)
        {
            plan.AddGoal(new GoalInput(Horizons[i % Horizons.Length], $"Goal {i + 1}", text, today.AddMonths(2 + i)), now);
        }

        for (var i = plan.Requirements.Count; i < 20 * scale; i++)
        {
            plan.AddRequirement(new RequirementInput(RequirementKind.Skill, i % 2 == 0 ? $"Skill {i + 1}" : $"Requirement {i + 1}", (SkillLevel)(2 + (i % 4)), null,
                ClosingMethod.Training, (Priority)(1 + (i % 3))), now);
        }

        for (var i = plan.Actions.Count; i < 40 * scale; i++)
        {
            plan.AddAction(new ActionInput($"Complete learning step {i + 1}", (ActionKind)(1 + (i % 8)), text, $"{i + 2} exercises done", 4 + i, "Evenings",
                i % 3 == 0 ? 50 + i : null, i % 3 == 0 ? "EUR" : null, plan.Goals[i % plan.Goals.Count].Id, plan.Requirements[i % plan.Requirements.Count].Id,
                today.AddDays(i), today.AddDays(30 + (i * 7)), i % 4 == 0 ? ActionStatus.InProgress : ActionStatus.NotStarted, i % 4 == 0 ? 20 : 0), now);
        }

        var reviews = 12 * scale;
        for (var i = plan.Reviews.Count; i < reviews; i++)
        {
            var action = plan.Actions[i % plan.Actions.Count];
            plan.RecordReview(new ReviewInput(today.AddDays(-(reviews - i) * 7), $"Review {i + 1}. {text}", "Keep going.",
                [new(action.Id, ActionStatus.InProgress, Math.Min(95, 10 + (i * 7)))]), now);
        }

        var link = plan.ShareWith(ShareTokens.Hash(linkToken), new ShareLinkInput("Dana (Group PM)", null, true, true), now);
        for (var i = 0; i < 10 * scale; i++)
        {
            plan.AddMentorComment(link, (PlanStep)(1 + (i % 5)), "Dana", $"Comment {i + 1}: {text}", now.AddMinutes(i));
            plan.RateRequirement(link, plan.Requirements[i].Id, (SkillLevel)(1 + (i % 5)), now);
        }

        return plan;
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : fallback;
}
