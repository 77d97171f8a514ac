using System.Net;
using CareerPlanner.Tests.Infrastructure;
using CareerPlanner.Tests.PageObjects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPlanner.Tests.Hosting;

/// <summary>What an operator relies on: restarts keep people signed in, lost keys mean a clean re-login, many hosts run at once, errors stay generic.</summary>
public sealed class OperationsTests : IDisposable
{
    private readonly TempDataFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [Fact]
    public async Task ARestart_KeepsPeopleSignedIn_BecauseTheKeysAreKept()
    {
        string cookie;
        using (var before = new AppFactory(_folders.Main))
        {
            using var client = await before.RegisteredClientAsync("restart@example.com");
            await client.LogoutAsync();
            cookie = CopiedCookies.Of(await client.LoginAsync("restart@example.com"));
            Assert.Equal(HttpStatusCode.OK, (await before.GetWithCookieAsync(cookie)).StatusCode);
        }

        using var after = new AppFactory(_folders.Main);
        Assert.Equal(HttpStatusCode.OK, (await after.GetWithCookieAsync(cookie)).StatusCode);
        // Kept in the data folder on SQLite, in the database (shared by every instance) on PostgreSQL.
        if (TestDatabase.IsPostgreSql)
        {
            Assert.NotEqual(0, await after.QueryAsync(db => ((PostgresAppDbContext)db).DataProtectionKeys.CountAsync()));
            Assert.False(Directory.Exists(Path.Combine(_folders.Main, "keys")));
        }
        else
        {
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folders.Main, "keys"), "*.xml"));
        }
    }


    [Fact]
    public async Task LostKeys_MeanACleanReLogin_NeverA500()
    {
        string cookie;
        List<KeyValuePair<string, string>> staleForm;
        using (var before = new AppFactory(_folders.Main))
        {
            using var client = await before.RegisteredClientAsync("lostkeys@example.com");
            await client.LogoutAsync();
            var login = await client.LoginAsync("lostkeys@example.com");
            cookie = CopiedCookies.Of(login);
            var form = await client.GetAsync(NewPlanPage.Url);
            staleForm = [new(HtmlPage.AntiforgeryField, form.AntiforgeryToken), new(NewPlanPage.Title, "After key loss")];
        }

        await LoseTheKeysAsync();
        using var after = new AppFactory(_folders.Main);

        var page = await after.GetWithCookieAsync(cookie);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);
        using var client2 = after.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, NewPlanPage.Url) { Content = new FormUrlEncodedContent(staleForm) };
        post.Headers.Add("Cookie", cookie);
        var refused = await client2.SendAsync(post);
        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, $"got {(int)refused.StatusCode}");
        using var again = after.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginAsync("lostkeys@example.com")).Status);
    }


    [Fact]
    public void HostedApps_DoNotWatchTheirConfigurationFiles_SoManyCanRunAtOnce()
    {
        using var app = new AppFactory(_folders.Main);
        var configuration = (Microsoft.Extensions.Configuration.IConfigurationRoot)app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();

        var files = configuration.Providers.OfType<Microsoft.Extensions.Configuration.FileConfigurationProvider>().ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, f.Source.Path));
    }


    [Fact]
    public async Task AnUnexpectedError_ShowsAGenericPageWithAReference_AndNoStackTrace()
    {
        using var app = new ThrowingAppFactory();
        using var client = await app.RegisteredClientAsync();

        var page = await client.GetAsync("/test-only/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("Something went wrong", page.Text);
        Assert.Matches("Reference: [0-9a-f]{32}", page.Text);
        Assert.DoesNotContain("InvalidOperationException", page.Text);
        Assert.DoesNotContain("secret detail", page.Text);
        Assert.DoesNotContain(" at ", page.Document.QuerySelector("main")!.TextContent);
    }


    /// <summary>What losing the keys looks like: the data folder's keys/ on SQLite, the key table on PostgreSQL.</summary>
    private async Task LoseTheKeysAsync()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Directory.Delete(Path.Combine(_folders.Main, "keys"), recursive: true);
            return;
        }

        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString(_folders.Main));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM \"DataProtectionKeys\"";
        Assert.NotEqual(0, await command.ExecuteNonQueryAsync());
    }

    private sealed class ThrowingAppFactory : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingEndpoint>());
        }
    }

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == "/test-only/throw" ? throw new InvalidOperationException("secret detail") : nextMiddleware(context));
        };
    }
}
