using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CareerPlanner.Web.Hosting;

/// <summary>
/// Behind a load balancer or reverse proxy the app sees the proxy's address and plain HTTP. With
/// <c>CareerPlanner:ReverseProxy:KnownProxies</c> (addresses) and/or <c>…:KnownNetworks</c> (CIDR
/// ranges) set, it believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from those
/// senders only, so rate limits and the audit log see the client, and cookies are marked Secure
/// when the client used HTTPS. Each setting is a list, or one comma-separated value
/// (<c>CareerPlanner__ReverseProxy__KnownProxies=10.0.0.5,10.0.0.6</c>).
/// </summary>
internal static class ReverseProxy
{
    private const string Section = "CareerPlanner:ReverseProxy";

    public static bool IsConfigured(IConfiguration configuration) =>
        Values(configuration, "KnownProxies").Count + Values(configuration, "KnownNetworks").Count > 0;

    public static void AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return;
        }

        var proxies = Values(configuration, "KnownProxies").Select(value => IPAddress.TryParse(value, out var address) ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies: “{value}” is not an IP address.")).ToList();
        var networks = Values(configuration, "KnownNetworks").Select(value => System.Net.IPNetwork.TryParse(value, out var network) ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks: “{value}” is not a network such as 10.0.0.0/8.")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured senders: the defaults (loopback) are replaced, not added to.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    private static List<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection($"{Section}:{key}");
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }
}
