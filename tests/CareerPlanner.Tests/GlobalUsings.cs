// The app's namespaces, imported once for the tests.
global using CareerPlanner.Web.Data;
global using CareerPlanner.Web.Data.Commands;
global using CareerPlanner.Web.Domain;
global using CareerPlanner.Web.Domain.Analysis;
global using CareerPlanner.Web.Domain.Plans;
global using CareerPlanner.Web.Domain.Reviews;
global using CareerPlanner.Web.Domain.Sharing;
global using CareerPlanner.Web.Hosting;
global using CareerPlanner.Web.Hosting.PageCache;
global using CareerPlanner.Web.Pages.Account;
global using CareerPlanner.Web.Pages.Mentor;
global using CareerPlanner.Web.Pages.Plans;
global using CareerPlanner.Web.Pages.Plans.Import;
global using CareerPlanner.Web.Pages.Shared;
