using SilkRoad.Catalogue;
using SilkRoad.Search;
using SilkRoad.Training;
using SilkRoad.Web.Admissions;
using SilkRoad.Web.Api;
using SilkRoad.Web.Startup;

// The content root is the build output (appsettings.json beside the binary), not the working directory: `dotnet run`
// starts in the repository's root so that the portal and the CLI share ./data.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
// `dotnet run` serves the stylesheet from the source tree through the build's static web assets manifest; ASP.NET Core
// does that by itself only in Development, and a published portal has no manifest, so this is then a no-op.
builder.WebHost.UseStaticWebAssets();
// Run from build output, MapStaticAssets adds a catch-all that serves files added to wwwroot after the build, without
// the conventions given to its other endpoints, so it would be the one endpoint that says nothing about who may use
// it. `dotnet run` rebuilds anyway.
builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";
builder.Services.AddCatalogue(builder.Configuration);
builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddTraining();
builder.Services.AddHostedService<StoreStartup>();
builder.Services.AddHostedService<SearchIndexFollower>();
builder.Services.AddPortal();
builder.Services.AddAccountPages(builder.Configuration);
builder.Services.AddAdmissionPages();

var app = builder.Build();
app.UsePortal();
// Everything needs a signed-in user unless it says otherwise (AccountSetup): these are public.
var open = app.MapGroup("").AllowAnonymous();
open.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
open.MapCatalogueApi();
app.MapCatalogueWriteApi();
open.MapSearchApi();
// Aggregate reports, headline figures and certificate verification hold no personal data.
open.MapTrainingApi();
app.MapAccountsApi();
app.Run();

public partial class Program;
