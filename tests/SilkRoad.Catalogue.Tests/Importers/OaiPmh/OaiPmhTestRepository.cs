using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SilkRoad.Catalogue.Tests.Importers.OaiPmh;

/// <summary>
/// A real OAI-PMH repository on Kestrel at 127.0.0.1 and a free port, serving <see cref="OaiPmhTestPages"/> and
/// recording every request's query. Sets choose the scenario: <c>empty</c> answers noRecordsMatch, <c>single</c> one
/// page without a token, <c>broken</c> a truncated page, <c>stuck</c> a page that hands back its own token;
/// metadataPrefix other than oai_dc answers cannotDisseminateFormat.
/// </summary>
internal sealed class OaiPmhTestRepository : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _requests = new();
    private int _unavailableResponses;
    private int? _goAwayAfter;

    private OaiPmhTestRepository(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!; // Set by StartAsync before the instance is handed out.

    /// <summary>A client for the harvester under test, disposed with the repository.</summary>
    public HttpClient Http { get; } = new();

    /// <summary>Every request's query parameters, in arrival order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Requests => [.. _requests];

    /// <summary>The Retry-After header sent with each 503, or null for none.</summary>
    public string? RetryAfter { get; set; } = "1";

    /// <summary>Answers the next <paramref name="count"/> requests with 503 Service Unavailable.</summary>
    public void RefuseNext(int count) => _unavailableResponses = count;

    /// <summary>Answers 503 to every request after the first <paramref name="count"/>: a repository that goes away mid-harvest.</summary>
    public void GoAwayAfter(int? count) => _goAwayAfter = count;

    public static async Task<OaiPmhTestRepository> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var repository = new OaiPmhTestRepository(app);
        app.MapGet("/oai", repository.Answer);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        repository.BaseUrl = new Uri(address + "/oai");
        return repository;
    }

    private IResult Answer(HttpContext context)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        _requests.Enqueue(query);
        if (_goAwayAfter is { } limit && _requests.Count > limit) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);

        if (Interlocked.Decrement(ref _unavailableResponses) >= 0)
        {
            if (RetryAfter is not null) context.Response.Headers.RetryAfter = RetryAfter;
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Xml(Page(query));
    }

    private static string Page(Dictionary<string, string> query)
    {
        if (query.GetValueOrDefault("verb") != "ListRecords") return OaiPmhTestPages.Error("badVerb", "Only ListRecords is served here.");
        if (query.TryGetValue("resumptionToken", out var token))
        {
            // OAI-PMH 2.0 §3.5: resumptionToken is an exclusive argument.
            if (query.Count != 2) return OaiPmhTestPages.Error("badArgument", "resumptionToken is an exclusive argument.");
            return token switch
            {
                OaiPmhTestPages.SecondToken => OaiPmhTestPages.Page2,
                OaiPmhTestPages.ThirdToken => OaiPmhTestPages.Page3,
                "stuck" => StuckPage,
                _ => OaiPmhTestPages.Error("badResumptionToken", $"The resumptionToken '{token}' is invalid or expired."),
            };
        }
        if (query.GetValueOrDefault("metadataPrefix") != "oai_dc")
            return OaiPmhTestPages.Error("cannotDisseminateFormat", "Only oai_dc is disseminated.");
        return query.GetValueOrDefault("set") switch
        {
            "empty" => OaiPmhTestPages.Error("noRecordsMatch"),
            "single" => OaiPmhTestPages.SinglePage,
            "broken" => OaiPmhTestPages.Broken,
            "stuck" => StuckPage,
            _ => OaiPmhTestPages.Page1,
        };
    }

    private static string StuckPage => OaiPmhTestPages.Page1.Replace(OaiPmhTestPages.SecondToken, "stuck", StringComparison.Ordinal);

    private static IResult Xml(string body) => Results.Text(body, "text/xml; charset=utf-8");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
