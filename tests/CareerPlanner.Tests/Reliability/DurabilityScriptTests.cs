using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace CareerPlanner.Tests.Reliability;

/// <summary>Tests that load the machine (a published app killed and restarted) run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability (runs alone)";
}

/// <summary>
/// Runs <c>tools/durability/run.sh</c> in its short mode: the published app is kill -9'd 5 times
/// while writes are in flight and restarted (integrity, foreign keys, every acknowledged write
/// present, healthy within 10 s, the auth cookie still accepted), then killed during start-up
/// migrations (the next start must not hang). The long run is
/// <c>DURABILITY_KILLS=100 bash tools/durability/run.sh</c>; see tools/durability/README.md.
/// </summary>
[Collection(ReliabilityCollection.Name)]
[Trait("Category", "Reliability")]
public sealed class DurabilityScriptTests(ITestOutputHelper output)
{
    private const string Kills = "5";
    private const string PublishPrefix = "careerplanner-durability-app-";
    // On a busy machine the script gives its writers more time (up to DURABILITY_WRITE_LIMIT, 60 s for 5 kills)
    // rather than failing; the timeout leaves room for that, so such a run ends with the script's own verdict.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    /// <summary>The app is published (Release) once per test run into this folder; the script reuses it when present.</summary>
    private static readonly Lazy<string> PublishFolder = new(() =>
    {
        RemoveLeftoversOfEndedRuns();
        var folder = Path.Combine(Path.GetTempPath(), PublishPrefix + Environment.ProcessId);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    });

    [SkippableFact]
    public async Task KillNine_WhileWritingAndDuringStartUp_LosesNoAcknowledgedWrite_AndComesBackHealthy()
    {
        Skip.If(Infrastructure.TestDatabase.IsPostgreSql, Infrastructure.TestDatabase.SqliteOnly + " (the script kills the app on its SQLite file; PostgreSQL's own durability is the server's.)");
        if (OperatingSystem.IsWindows())
        {
            output.WriteLine("Not run on Windows: the durability script needs bash, python3 and POSIX signals.");
            return;
        }

        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(root, "tools", "durability", "run.sh"));
        start.Environment["DURABILITY_KILLS"] = Kills;
        start.Environment["DURABILITY_APP_DIR"] = PublishFolder.Value;
        // The test run's own MSBuild settings must not steer the script's nested dotnet publish.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        var log = new StringBuilder();
        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line);
            }
        }

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = false;
        using (var timeout = new CancellationTokenSource(Timeout))
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
            }
        }

        await process.WaitForExitAsync(); // also waits for the output to be read to its end
        string text;
        lock (log)
        {
            text = log.ToString();
        }

        var failed = timedOut || process.ExitCode != 0;
        output.WriteLine($"tools/durability/run.sh with DURABILITY_KILLS={Kills}: {(timedOut ? "timed out" : $"exit code {process.ExitCode}")} after {clock.Elapsed.TotalSeconds:0.0} s.");
        output.WriteLine(failed ? text : SummaryOf(text));

        Assert.False(timedOut, $"The durability script did not finish within {Timeout.TotalMinutes:0} minutes.");
        Assert.True(process.ExitCode == 0, $"The durability script failed (exit code {process.ExitCode}); its output is in the test output.");
    }

    private static string SummaryOf(string text)
    {
        var at = text.IndexOf("=== durability summary ===", StringComparison.Ordinal);
        return at < 0 ? text : text[at..];
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CareerPlanner.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CareerPlanner.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Publish folders of earlier test runs whose process has ended (it was killed before it could clean up).</summary>
    private static void RemoveLeftoversOfEndedRuns()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), PublishPrefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder)[PublishPrefix.Length..], out var pid) && !IsRunning(pid))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
