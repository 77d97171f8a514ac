using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Integration;

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
