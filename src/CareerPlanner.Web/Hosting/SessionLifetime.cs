using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CareerPlanner.Web.Hosting;

/// <summary>
/// How long a sign-in lasts: it ends after <see cref="Idle"/> without a visit, and in any case
/// <see cref="Absolute"/> after the password was typed, however often the person comes back.
/// A changed security stamp (log-out, password change) ends it within <see cref="StampCheckInterval"/>.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromDays(14);
    public static readonly TimeSpan Absolute = TimeSpan.FromDays(30);
    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

    private const string SignedInUntil = "careerplanner.signed-in-until";

    public static void EnforceAbsolute(CookieAuthenticationOptions options)
    {
        var onSigningIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = async context =>
        {
            // Kept in the ticket's properties, which survive sliding renewals and security-stamp refreshes.
            if (!context.Properties.Items.ContainsKey(SignedInUntil))
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                context.Properties.Items[SignedInUntil] = (now + Absolute).ToString("O", CultureInfo.InvariantCulture);
            }

            await onSigningIn(context);
        };

        var onValidatePrincipal = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (context.Properties.Items.TryGetValue(SignedInUntil, out var until)
                && DateTimeOffset.TryParse(until, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var end)
                && now >= end)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            if (context.Properties.IssuedUtc is { } issued && now - issued <= StampCheckInterval)
            {
                // The security-stamp check is not due (it runs the same test itself): don't build it and its database context for nothing.
                return;
            }

            await onValidatePrincipal(context);
        };
    }
}
