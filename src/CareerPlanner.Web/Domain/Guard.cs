namespace CareerPlanner.Web.Domain;

/// <summary>The checks every method of the plan uses to refuse bad values with a readable message.</summary>
internal static class Guard
{
    public static string Required(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException(field, $"{label} is required.");
        }

        return Optional(trimmed, field, label, maxLength);
    }

    public static string Optional(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException(field, $"{label} must be at most {maxLength:N0} characters (it has {trimmed.Length:N0}).");
        }

        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            throw new DomainRuleException(field, $"{label} contains characters that cannot be saved.");
        }

        return trimmed;
    }

    public static T Defined<T>(T value, string field, string label) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainRuleException(field, $"Choose a valid {label.ToLowerInvariant()}.");
        }

        return value;
    }

    public static SkillLevel Level(SkillLevel value, string field, string label)
    {
        if (value is < SkillLevel.Novice or > SkillLevel.Expert)
        {
            throw new DomainRuleException(field, $"{label} must be between 1 (Novice) and 5 (Expert).");
        }

        return value;
    }
}
