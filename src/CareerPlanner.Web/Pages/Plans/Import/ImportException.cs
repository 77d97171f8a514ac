namespace CareerPlanner.Web.Pages.Plans.Import;

/// <summary>Why an import was refused, naming the field at fault (e.g. <c>plan.actions[2].deadline</c>).</summary>
public sealed class ImportException(string message) : Exception(message)
{
    public ImportException() : this("The file could not be imported.") { }

    public ImportException(string message, Exception innerException) : this(message) => _ = innerException;
}
