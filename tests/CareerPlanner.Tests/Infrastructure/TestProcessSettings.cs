using System.Runtime.CompilerServices;

namespace CareerPlanner.Tests.Infrastructure;

/// <summary>
/// Settings for every app this test process hosts (and the processes it starts). Each host would
/// otherwise hold inotify watchers for its configuration files and web root; with many hosts alive
/// at once they exhaust the machine's per-user limit (128 on Debian) and hosts fail to start.
/// Both test projects compile this one file (the browser tests link it in their project file).
/// </summary>
internal static class TestProcessSettings
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
