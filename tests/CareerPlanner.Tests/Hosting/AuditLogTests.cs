using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Tests.Hosting;

public sealed class AuditLogTests : IDisposable
{
    private readonly LoggedAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private IReadOnlyList<StructuredLog> Audit => [.. _app.Logs.Entries.Where(e => e.Category == AuditLog.Category)];

    [Fact]
    public async Task SecurityEvents_AreLoggedOnceEach_AsStructuredUtcEntries_WithoutSecrets()
    {
        const string password = "audit trail passphrase";
        using var owner = _app.NewClient();
        await owner.RegisterAsync("audit@example.com", password);
        await owner.LogoutAsync();
        await owner.LoginAsync("audit@example.com", "wrong password!!");
        for (var i = 0; i < 4; i++)
        {
            await owner.LoginAsync("audit@example.com", "wrong password!!");
        }

        await _app.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync();
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            return await db.SaveChangesAsync();
        });
        await owner.LoginAsync("audit@example.com", password);
        var id = await owner.CreatePlanAsync("Audited plan");
        await new SelfAssessmentPage(owner, id).SaveAsync(new FormValues { { SelfAssessmentPage.Strengths, "private note text" } });
        var (link, created) = await SharePage.CreateLinkAsync(owner, id, "Dana");
        var token = link["/m/".Length..];
        using var mentor = _app.NewClient();
        await mentor.GetAsync(link);
        await owner.SubmitAsync(created.Form(SharePage.RevokeForm));
        await owner.FillAsync(DeletePlanPage.Url(id), new Dictionary<string, string>(), button: DeletePlanPage.Button);

        var events = Audit.Select(e => e.Values["AuditEvent"]).ToList();
        Assert.Equal(
            ["AccountCreated", "SignedOut", "SignInFailed", "SignInFailed", "SignInFailed", "SignInFailed", "LockedOut", "SignedIn", "LinkCreated", "LinkOpened", "LinkRevoked", "PlanDeleted"],
            events);
        Assert.All(Audit, e =>
        {
            Assert.True(DateTime.TryParse((string)e.Values["AtUtc"]!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at));
            Assert.Equal(DateTimeKind.Utc, at.Kind);
            Assert.DoesNotContain(password, e.Message);
            Assert.DoesNotContain("wrong password", e.Message);
            Assert.DoesNotContain(token, e.Message);
            Assert.DoesNotContain("private note text", e.Message);
        });
        Assert.Equal(id, Audit.Single(e => (string)e.Values["AuditEvent"]! == "PlanDeleted").Values["PlanId"]);
        Assert.DoesNotContain(_app.Logs.Entries, e => e.Message.Contains(token, StringComparison.Ordinal) || e.Message.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LineBreaksInInput_CannotForgeEntries()
    {
        using var client = _app.NewClient();
        // The email field refuses CR and LF outright; other line separators get through validation and are stripped.
        await client.LoginAsync("x@example.com\r\n2026-11-29 Audit SignedIn user admin", "whatever password");
        await client.LoginAsync("y@exam\u2028Audit SignedIn\u0085ple.com", "whatever password");

        Assert.DoesNotContain(Audit, e => (string)e.Values["AuditEvent"]! == "SignedIn");
        Assert.All(Audit, e =>
        {
            Assert.DoesNotContain(e.Message, c => c is '\n' or '\r' or '\u2028' or '\u0085');
            Assert.DoesNotContain((string)e.Values["Email"]!, c => char.IsControl(c) || c == '\u2028');
        });
        Assert.Contains(Audit, e => (string)e.Values["AuditEvent"]! == "SignInFailed" && (string)e.Values["Email"]! == "y@examAudit SignedInple.com");
    }

    [Theory]
    [InlineData("a\r\nb", "ab")]
    [InlineData("tab\there", "tabhere")]
    [InlineData("nul\0", "nul")]
    [InlineData("sep\u2028arator", "separator")]
    [InlineData(null, "")]
    public void Clean_DropsControlCharacters(string? value, string expected) => Assert.Equal(expected, AuditLog.Clean(value));
}
