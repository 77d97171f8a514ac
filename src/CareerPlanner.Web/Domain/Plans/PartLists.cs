namespace CareerPlanner.Web.Domain.Plans;

/// <summary>
/// The one implementation of what every ordered list of a plan does: add within the capacity,
/// find by id, move up or down, restore with the id from an export. The plan's methods for each
/// list are one line over these.
/// </summary>
internal static class PartLists
{
    /// <summary>Fills a new part through <paramref name="apply"/> (which enforces the rules) and adds it.</summary>
    public static void AddChecked<T>(this List<T> list, T part, Action<T> apply, string field)
        where T : class, IPlanPart<T>
    {
        EnsureCapacity(list, field);
        apply(part);
        list.Add(part);
    }

    /// <summary>Adds a part restored from an export: its id must be new to the list.</summary>
    public static void Restore<T>(this List<T> list, T part, Action<T> apply, string field)
        where T : class, IPlanPart<T>
    {
        if (part.Id == Guid.Empty || list.Any(x => x.Id == part.Id))
        {
            throw new DomainRuleException("Id", $"Each item needs its own id; {part.Id} is empty or used twice.");
        }

        list.AddChecked(part, apply, field);
    }

    public static T ById<T>(this List<T> list, Guid id)
        where T : class, IPlanPart<T> =>
        list.FirstOrDefault(x => x.Id == id) ?? throw NotFound(T.Noun);

    /// <summary>Moves a part by <paramref name="offset"/> places, stopping at either end; false when it stays where it was.</summary>
    public static bool Move<T>(this List<T> list, Guid id, int offset)
        where T : class, IPlanPart<T>
    {
        var from = list.IndexOf(list.ById(id));
        var to = Math.Clamp(from + offset, 0, list.Count - 1);
        if (to == from)
        {
            return false;
        }

        var reordered = list.ToList();
        var item = reordered[from];
        reordered.RemoveAt(from);
        reordered.Insert(to, item);
        list.Clear();
        list.AddRange(reordered.Select(x => x.Copy()));
        return true;
    }

    public static PlanPartNotFoundException NotFound(string what) =>
        new($"That {what} is not part of this plan (it may have been removed in another tab).");

    private static void EnsureCapacity<T>(List<T> list, string field)
        where T : class, IPlanPart<T>
    {
        if (list.Count >= Limits.ItemsPerList)
        {
            throw new DomainRuleException(field, $"A plan can hold at most {Limits.ItemsPerList} {T.Noun}s.");
        }
    }
}
