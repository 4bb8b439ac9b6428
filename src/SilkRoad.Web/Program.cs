using SilkRoad.Catalogue;
using SilkRoad.Web.Api;
using SilkRoad.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCatalogue(builder.Configuration);
builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
builder.Services.AddHostedService<StoreStartup>();

var app = builder.Build();
app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" }));
app.MapCatalogueApi();
app.Run();

public partial class Program;
