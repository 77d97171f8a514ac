
var builder = WebApplication.CreateBuilder(args);
if (args is [BackupCommand.Name, ..])
{
    return await BackupCommand.RunAsync(builder.Configuration, builder.Environment, args, Console.Out);
}

builder.AddCareerPlanner();

var app = builder.Build();
if (args is [SeedCommand.Name, ..])
{
    return await SeedCommand.RunAsync(app, args, Console.Out);
}

await app.Services.PrepareDatabaseAsync();
app.UseCareerPlanner();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests can host the app.</summary>
public partial class Program;
