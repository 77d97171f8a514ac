using System.Collections.Concurrent;

namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>
/// The links whose page was shown lately, by token hash: what a cached mentor page needs to know
/// without the database (which plan, until when, which link to count the open against). Revoking a
/// link, or deleting its plan, moves the plan's version on, so a revoked link's copy is never reached.
/// </summary>
public sealed class MentorLinkDirectory
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _links = new(StringComparer.Ordinal);

    public void Remember(string token, int linkId, int planId, DateTime? expiresAtUtc)
    {
        if (_links.Count >= Capacity)
        {
            _links.Clear();
        }

        _links[ShareTokens.Hash(token)] = new Entry(linkId, planId, expiresAtUtc);
    }

    internal Entry? Find(string token) =>
        ShareTokens.LooksLikeToken(token) && _links.TryGetValue(ShareTokens.Hash(token), out var entry) ? entry : null;

    internal sealed record Entry(int LinkId, int PlanId, DateTime? ExpiresAtUtc);
}
