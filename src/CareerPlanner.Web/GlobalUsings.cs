// The app's own namespaces, imported once. Which folder may use which is not left to these lines:
// the architecture tests (tests/CareerPlanner.Tests/Architecture) fail when Domain uses ASP.NET Core or EF Core,
// or Data uses the pages or the web plumbing.
global using CareerPlanner.Web.Data;
global using CareerPlanner.Web.Data.Commands;
global using CareerPlanner.Web.Domain;
global using CareerPlanner.Web.Domain.Analysis;
global using CareerPlanner.Web.Domain.Plans;
global using CareerPlanner.Web.Domain.Reviews;
global using CareerPlanner.Web.Domain.Sharing;
global using CareerPlanner.Web.Hosting;
global using CareerPlanner.Web.Hosting.PageCache;
global using CareerPlanner.Web.Pages.Mentor;
global using CareerPlanner.Web.Pages.Plans;
global using CareerPlanner.Web.Pages.Plans.Calendar;
global using CareerPlanner.Web.Pages.Plans.Details;
global using CareerPlanner.Web.Pages.Plans.Export;
global using CareerPlanner.Web.Pages.Plans.Steps.ActionPlan;
global using CareerPlanner.Web.Pages.Plans.Steps.GapAnalysis;
global using CareerPlanner.Web.Pages.Plans.Steps.ProgressReview;
global using CareerPlanner.Web.Pages.Shared;
