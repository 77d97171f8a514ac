using CareerPlanner.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Data;

/// <summary>What the plan's methods change survives a round trip through the database.</summary>
public sealed class PersistenceTests : IDisposable
{
    private static readonly DateTimeOffset Now = AppFactory.Today;
    private readonly AppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ReorderingAList_IsSaved()
    {
        var id = await SaveAsync(plan =>
        {
            plan.AddSkill(new SkillInput("A", SkillLevel.Novice), Now);
            plan.AddSkill(new SkillInput("B", SkillLevel.Novice), Now);
            plan.AddSkill(new SkillInput("C", SkillLevel.Novice), Now);
        });

        await EditAsync(id, plan => plan.MoveSkill(plan.Skills[2].Id, -1, Now));

        var skills = await LoadAsync(id, plan => plan.Skills.Select(s => s.Name).ToList());
        Assert.Equal(["A", "C", "B"], skills);
    }

    [Fact]
    public async Task EveryPartOfThePlan_SurvivesARoundTrip()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var id = await SaveAsync(plan =>
        {
            plan.DescribeSelf("Strengths", "Motivators", "Excels", "Struggles", Now);
            plan.AddSkill(new SkillInput("SQL", SkillLevel.Competent, "Dashboards"), Now);
            plan.AddExperience(new ExperienceInput("Support Engineer", "Brightwave", today.AddYears(-4), null, "Escalations"), Now);
            plan.DescribeAmbition("PM", Intention.ChangeCareers, "AI", Now);
            var goal = plan.AddGoal(new GoalInput(GoalHorizon.FiveYears, "Senior PM", "Own an area", today.AddYears(5)), Now);
            plan.DescribeTargetRole("PM, B2B SaaS", "Job ad", Now);
            var requirement = plan.AddRequirement(new RequirementInput(RequirementKind.Certification, "PM certificate", SkillLevel.Competent, SkillLevel.Novice, ClosingMethod.Certification, Priority.Low), Now);
            var action = plan.AddAction(new ActionInput("Discovery course", ActionKind.Course, "8 modules", "Capstone ≥ 80 %", 30m, "Evenings", 390m, "EUR", goal, requirement, today.AddDays(14), today.AddMonths(3), ActionStatus.InProgress, 10), Now);
            plan.AddMilestone(new MilestoneInput(MilestoneKind.PerformanceReview, today, "Exceeds"), Now);
            plan.RecordReview(new ReviewInput(today, "Module 2 done", "Block Fridays", [new(action, ActionStatus.InProgress, 25)]), Now);
        });

        var loaded = await LoadAsync(id, plan => plan);
        var reviews = await _app.QueryAsync(db => db.Reviews.AsNoTracking().Where(r => r.PlanId == id).ToListAsync());

        Assert.Equal(("Strengths", "Motivators", "Excels", "Struggles"), (loaded.Strengths, loaded.Motivators, loaded.ExcelsAt, loaded.StrugglesWith));
        Assert.Equal(("SQL", SkillLevel.Competent, "Dashboards"), (loaded.Skills[0].Name, loaded.Skills[0].Level, loaded.Skills[0].Evidence));
        Assert.Null(loaded.Experiences[0].To);
        Assert.Equal(Intention.ChangeCareers, loaded.Intention);
        Assert.Equal(today.AddYears(5), loaded.Goals[0].TargetDate);
        Assert.Equal((SkillLevel?)SkillLevel.Novice, loaded.Requirements[0].CurrentLevel);
        var action = loaded.Actions[0];
        Assert.Equal((390m, "EUR", 30m, 25, loaded.Goals[0].Id, loaded.Requirements[0].Id), (action.BudgetAmount!.Value, action.BudgetCurrency, action.EffortHours!.Value, action.PercentDone, action.GoalId!.Value, action.RequirementId!.Value));
        Assert.Equal("Exceeds", loaded.Milestones[0].Note);
        Assert.Equal(today, loaded.LastReviewDate);
        var review = Assert.Single(reviews);
        Assert.Equal(25, review.Progress.Single().PercentDone);
        Assert.Equal("Discovery course", review.Snapshot().Actions.Single().Title);
    }

    [Fact]
    public async Task RemovingTheMiddleItem_KeepsTheOthersInOrder()
    {
        var id = await SaveAsync(plan =>
        {
            plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "A", null, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(10)), Now);
            plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "B", null, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(10)), Now);
            plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "C", null, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(10)), Now);
        });

        await EditAsync(id, plan => plan.RemoveGoal(plan.Goals[1].Id, Now));
        await EditAsync(id, plan => plan.AddGoal(new GoalInput(GoalHorizon.OneYear, "D", null, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(10)), Now));

        Assert.Equal(["A", "C", "D"], await LoadAsync(id, plan => plan.Goals.Select(g => g.Title).ToList()));
    }

    [Fact]
    public async Task TwoSavesFromTheSameVersion_TheDatabaseRefusesTheSecond()
    {
        var id = await SaveAsync(_ => { });
        await using var first = _app.Services.CreateAsyncScope();
        await using var second = _app.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var two = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var planOne = await one.Plans.SingleAsync(p => p.Id == id);
        var planTwo = await two.Plans.SingleAsync(p => p.Id == id);

        planOne.Rename("First", Now);
        planTwo.Rename("Second", Now);
        await one.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => two.SaveChangesAsync());
        Assert.Equal("First", await LoadAsync(id, plan => plan.Title));
    }

    private async Task<int> SaveAsync(Action<Plan> build)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser { UserName = $"{Guid.NewGuid():N}@example.com", Email = "x@example.com" };
        db.Users.Add(user);
        var plan = new Plan(user.Id, "Persisted", Now);
        build(plan);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private async Task EditAsync(int id, Action<Plan> edit)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = await db.Plans.SingleAsync(p => p.Id == id);
        edit(plan);
        await db.SaveChangesAsync();
    }

    private async Task<T> LoadAsync<T>(int id, Func<Plan, T> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return read(await db.Plans.AsNoTracking().SingleAsync(p => p.Id == id));
    }
}
