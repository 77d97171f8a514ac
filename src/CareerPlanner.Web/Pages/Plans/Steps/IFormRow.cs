namespace CareerPlanner.Web.Pages.Plans.Steps;

/// <summary>A row of an editable list: saved rows carry their item's id; the empty row is for adding.</summary>
public interface IFormRow
{
    Guid? Id { get; }

    bool IsBlank { get; }
}
