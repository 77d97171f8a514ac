using System.Data.Common;

namespace CareerPlanner.Web.Pages.Mentor;

/// <summary>Flushes <see cref="LinkOpens"/> every <see cref="Interval"/>, and once more when the app stops.</summary>
public sealed class LinkOpensFlusher(LinkOpens opens, ILogger<LinkOpensFlusher> logger) : BackgroundService
{
    /// <summary>Real time, not the app's clock: how long opens wait in memory is an operational matter, not a rule.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync flushes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync();
    }

    private async Task FlushAsync()
    {
        try
        {
            await opens.FlushAsync();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // Kept in memory and tried again at the next tick; a busy or briefly unavailable database is no reason to stop counting.
            logger.LogWarning(e, "Could not store mentor-link opens; will try again");
        }
    }
}
