namespace CareerPlanner.Web.Hosting;

/// <summary>The order of the middleware every request passes, and the endpoints at the end.</summary>
public static class AppPipeline
{
    public static void UseCareerPlanner(this WebApplication app)
    {
        if (ReverseProxy.IsConfigured(app.Configuration))
        {
            // First, so everything after it sees the client's address and scheme.
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");

        // One culture for every request, whatever the server's: "." decimals, day-month-year dates.
        app.UseRequestLocalization("en-GB");
        app.UseStaticFiles();
        app.UseCapabilityUrlHeaders();
        app.UseRouting();
        app.UseMethodNotAllowedWithoutSignIn();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseResponseCompression();

        // Liveness touches nothing; readiness checks the database.
        app.MapGet("/healthz/live", () => Results.Text("ok")).AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapCalendarFeed();
        app.MapRazorPages();
    }
}
