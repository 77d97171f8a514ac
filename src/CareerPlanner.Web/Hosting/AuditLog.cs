using System.Text;

namespace CareerPlanner.Web.Hosting;

/// <summary>
/// One structured log entry per security-relevant event, under the category
/// <c>CareerPlanner.Audit</c>, with its time in UTC. Entries carry ids, never tokens, passwords or
/// anything a person wrote; the few free values (an email typed at login) are stripped of control
/// characters so input cannot forge extra entries.
/// </summary>
public sealed class AuditLog(ILoggerFactory loggers, TimeProvider clock, IHttpContextAccessor http)
{
    public const string Category = "CareerPlanner.Audit";
    private const int MaxValueLength = 254;

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    public void Record(AuditEvent auditEvent, string? userId = null, int? planId = null, int? linkId = null, string? email = null)
    {
        var client = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "";
        _logger.Log(
            auditEvent == AuditEvent.SignInFailed || auditEvent == AuditEvent.LockedOut ? LogLevel.Warning : LogLevel.Information,
            new EventId((int)auditEvent, auditEvent.ToString()),
            "Audit {AuditEvent} at {AtUtc} user {UserId} plan {PlanId} link {LinkId} email {Email} client {Client}",
            auditEvent.ToString(),
            clock.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            Clean(userId),
            planId,
            linkId,
            Clean(email),
            Clean(client));
    }

    /// <summary>Drops control characters (CR, LF, NUL…) and bounds the length.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var clean = new StringBuilder(Math.Min(value.Length, MaxValueLength));
        foreach (var c in value)
        {
            if (clean.Length == MaxValueLength)
            {
                break;
            }

            if (!char.IsControl(c) && c is not ('\u2028' or '\u2029'))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
