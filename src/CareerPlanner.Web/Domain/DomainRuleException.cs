namespace CareerPlanner.Web.Domain;

/// <summary>
/// A rule of the plan was broken. <see cref="Field"/> names the input the rule is about, so a page
/// can show the message next to that field.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string field, string message) : base(message) => Field = field;

    public DomainRuleException() : this("", "A rule of the plan was broken.") { }

    public DomainRuleException(string message) : this("", message) { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) => Field = "";

    public string Field { get; }
}
