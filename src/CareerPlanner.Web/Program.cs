using CareerPlanner.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCareerPlanner();

var app = builder.Build();
await app.Services.PrepareDatabaseAsync();
app.UseCareerPlanner();

await app.RunAsync();

/// <summary>Entry point; public so the tests can host the app.</summary>
public partial class Program;
