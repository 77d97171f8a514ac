namespace CareerPlanner.Web.Domain;

/// <summary>Length limits shared by the domain's guards and the forms' validation attributes.</summary>
public static class Limits
{
    public const int Title = 120;
    public const int Name = 100;
    public const int ShortText = 2_000;
    /// <summary>Free Markdown text: generous for a long reflection, small enough to keep pages fast.</summary>
    public const int LongText = 20_000;
    public const int ItemsPerList = 200;
}
