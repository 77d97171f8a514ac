using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace CareerPlanner.Web.Domain;

/// <summary>Reads the person-facing name of an enum value from its <see cref="DisplayAttribute"/>.</summary>
public static class DisplayNames
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string DisplayName(this Enum value) =>
        Cache.GetOrAdd(value, static v =>
        {
            var member = v.GetType().GetField(v.ToString());
            return member?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? v.ToString();
        });
}
