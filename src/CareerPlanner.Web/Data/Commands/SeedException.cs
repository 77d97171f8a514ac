namespace CareerPlanner.Web.Data.Commands;

/// <summary>Seeding could not go on; the message says why.</summary>
public sealed class SeedException(string message) : Exception(message);
