namespace CareerPlanner.Tests.Infrastructure;

/// <summary>
/// Data folders a test starts several apps on in turn (a restart, a restore, a backup's target), each
/// deleted afterwards with its database (<see cref="TestDatabase.Delete"/>).
/// </summary>
public sealed class TempDataFolders : IDisposable
{
    private readonly List<string> _others = [];

    /// <summary>The folder the test's apps run on.</summary>
    public string Main { get; } = AppFactory.NewDataFolder();

    /// <summary>One more folder, e.g. for a backup to be written into.</summary>
    public string Another()
    {
        var folder = AppFactory.NewDataFolder();
        _others.Add(folder);
        return folder;
    }

    public void Dispose()
    {
        foreach (var folder in _others.Append(Main))
        {
            TestDatabase.Delete(folder);
        }
    }
}
