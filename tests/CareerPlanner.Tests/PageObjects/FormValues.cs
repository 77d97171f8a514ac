namespace CareerPlanner.Tests.PageObjects;

/// <summary>
/// The values a test types into a form, by field name. Besides single fields (<c>{ name, value }</c>)
/// it takes whole rows from a page object, e.g. <c>GapAnalysisPage.Requirement(0, …)</c>.
/// </summary>
public sealed class FormValues : Dictionary<string, string>
{
    public FormValues()
    {
    }

    public FormValues(IEnumerable<KeyValuePair<string, string>> fields)
        : base(fields)
    {
    }

    /// <summary>Adds (or replaces) every field of a row.</summary>
    public void Add(IEnumerable<KeyValuePair<string, string>> fields)
    {
        foreach (var (name, value) in fields)
        {
            this[name] = value;
        }
    }

    /// <summary>A row's fields: the given ones, in order, the <c>null</c> ones left out (they keep what the form holds).</summary>
    public static FormValues Row(string prefix, params (string Property, string? Value)[] fields)
    {
        var row = new FormValues();
        foreach (var (property, value) in fields)
        {
            if (value is not null)
            {
                row[$"{prefix}.{property}"] = value;
            }
        }

        return row;
    }
}
