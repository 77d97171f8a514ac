using NetArchTest.Rules;

namespace CareerPlanner.Tests.Architecture;

/// <summary>
/// Which folder of the app may use which. The domain is plain C# (no web, no database); the data
/// layer knows nothing of pages or web plumbing. Namespaces follow folders, so a type in the wrong
/// place or a dependency the wrong way fails here.
/// </summary>
public sealed class LayeringTests
{
    private const string App = "CareerPlanner.Web";

    private static Types AppTypes => Types.InAssembly(typeof(Plan).Assembly);

    private static void AssertHolds(TestResult result, string rule) =>
        Assert.True(result.IsSuccessful, $"{rule}: {string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? [])}");

    [Fact]
    public void Domain_UsesNeitherAspNetCoreNorEfCore()
    {
        var result = AppTypes.That().ResideInNamespace($"{App}.Domain")
            .ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Extensions", "Npgsql", "Microsoft.Data")
            .GetResult();
        AssertHolds(result, "Domain types that use the web or the database");
    }

    [Fact]
    public void Domain_UsesNoOtherFolderOfTheApp()
    {
        var result = AppTypes.That().ResideInNamespace($"{App}.Domain")
            .ShouldNot().HaveDependencyOnAny($"{App}.Data", $"{App}.Hosting", $"{App}.Pages")
            .GetResult();
        AssertHolds(result, "Domain types that use data, hosting or pages");
    }

    [Fact]
    public void Data_UsesNeitherPagesNorWebPlumbing()
    {
        var result = AppTypes.That().ResideInNamespace($"{App}.Data")
            .ShouldNot().HaveDependencyOnAny($"{App}.Pages", $"{App}.Hosting")
            .GetResult();
        AssertHolds(result, "Data types that use pages or web plumbing");
    }

    [Fact]
    public void EveryTypeLivesInAFeatureFolder_NoGrabBags()
    {
        var misplaced = typeof(Plan).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(App, StringComparison.Ordinal) && !t.Name.Contains('<', StringComparison.Ordinal))
            .Where(t => t.Namespace is $"{App}" or $"{App}.Services" or $"{App}.Infrastructure" or $"{App}.TagHelpers")
            .Where(t => t.Name != "Program" && !t.Namespace!.StartsWith("AspNetCoreGeneratedDocument", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(misplaced.Count == 0, $"Types outside a feature folder: {string.Join(", ", misplaced)}");
    }

    [Fact]
    public void TheRuleCatchesAViolation()
    {
        // The domain's own rule, pointed at a folder that does use EF Core, must fail: the checks above can.
        var result = AppTypes.That().ResideInNamespace($"{App}.Data")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore")
            .GetResult();
        Assert.False(result.IsSuccessful);
    }
}
