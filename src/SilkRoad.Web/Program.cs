using SilkRoad.Catalogue;
using SilkRoad.Search;
using SilkRoad.Web.Api;
using SilkRoad.Web.Startup;

// The content root is the build output (appsettings.json beside the binary), not the working directory: `dotnet run`
// starts in the repository's root so that the portal and the CLI share ./data.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddCatalogue(builder.Configuration);
builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddHostedService<StoreStartup>();
builder.Services.AddHostedService<SearchIndexFollower>();

var app = builder.Build();
app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
app.MapCatalogueApi();
app.MapSearchApi();
app.Run();

public partial class Program;
