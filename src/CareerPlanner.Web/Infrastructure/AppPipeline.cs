namespace CareerPlanner.Web.Infrastructure;

public static class AppPipeline
{
    public static void UseCareerPlanner(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");

        // One culture for every request, whatever the server's: "." decimals, day-month-year dates.
        app.UseRequestLocalization("en-GB");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        // Liveness touches nothing; readiness checks the database.
        app.MapGet("/healthz/live", () => Results.Text("ok")).AllowAnonymous();
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapRazorPages();
    }
}
