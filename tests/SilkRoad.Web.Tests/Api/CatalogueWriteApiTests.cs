using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.ApiKeys;
using SilkRoad.Accounts.Authorization;
using SilkRoad.Catalogue.Storage;
using SilkRoad.Web.Api;
using SilkRoad.Web.Tests.Accounts;

namespace SilkRoad.Web.Tests.Api;

public sealed class CatalogueWriteApiTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    // Two good entries around one without a title, which is reported at its line.
    private static string Bibtex(string suffix) => $$"""
        @article{api-{{suffix}}-1,
          title = {Wind load on lattice towers {{suffix}}},
          author = {Karimov, Aziz},
          year = {2021},
          doi = {10.5555/api.{{suffix}}.1}
        }

        @article{api-{{suffix}}-2,
          author = {Nobody, Known},
          year = {2020}
        }

        @inproceedings{api-{{suffix}}-3,
          title = {Seawater desalination by solar stills {{suffix}}},
          author = {Haddad, Leila},
          year = {2019}
        }
        """;

    private async Task<HttpClient> MachineAsync(params string[] scopes)
    {
        var key = await portal.InScopeAsync(s => s.GetRequiredService<ApiKeyStore>().CreateAsync("test " + Guid.NewGuid().ToString("N"), scopes, "admin", CancellationToken.None));
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Secret);
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync(new Uri("/api/catalogue/records" + query, UriKind.Relative), content);
    }

    private async Task<int> ResourcesTitledAsync(string text)
    {
        await using var context = portal.Services.GetRequiredService<SilkRoadDbContextFactory>().Create();
        return await context.Resources.CountAsync(r => r.Title.Contains(text));
    }

    [Fact]
    public async Task AKeyWithTheWriteScopeImportsAFileReportsTheBadRecordAndARepeatAddsNothing()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var machine = await MachineAsync(ApiKeyScopes.CatalogueWrite);

        using var first = await PostAsync(machine, "?name=batch.bib", Encoding.UTF8.GetBytes(Bibtex(suffix)));
        using var again = await PostAsync(machine, "?format=bibtex", Encoding.UTF8.GetBytes(Bibtex(suffix)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var summary = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        Assert.Equal(2, summary.RootElement.GetProperty("new").GetInt64());
        Assert.Equal(1, summary.RootElement.GetProperty("rejected").GetInt64());
        var error = summary.RootElement.GetProperty("errors")[0];
        Assert.Equal("batch.bib", error.GetProperty("file").GetString());
        Assert.Equal(8, error.GetProperty("position").GetInt64());
        Assert.Equal("no title", error.GetProperty("reason").GetString());
        using var repeat = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(0, repeat.RootElement.GetProperty("new").GetInt64());
        Assert.Equal(2, repeat.RootElement.GetProperty("unchanged").GetInt64() + repeat.RootElement.GetProperty("merged").GetInt64());
        Assert.Equal(2, await ResourcesTitledAsync(suffix));
    }

    [Fact]
    public async Task AGzippedBodyIsReadAndADryRunStoresNothing()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var machine = await MachineAsync(ApiKeyScopes.CatalogueWrite);
        using var zipped = new MemoryStream();
        await using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(Bibtex(suffix)));

        using var response = await PostAsync(machine, "?format=bibtex&dryRun=true", zipped.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, summary.RootElement.GetProperty("checked").GetInt64());
        Assert.True(summary.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(0, await ResourcesTitledAsync(suffix));
    }

    [Fact]
    public async Task AnUnknownFormatOrAnEmptyBodyIsABadRequestThatSaysWhy()
    {
        using var machine = await MachineAsync(ApiKeyScopes.CatalogueWrite);

        using var unknown = await PostAsync(machine, "?format=marc21", Encoding.UTF8.GetBytes("=LDR  00000nam"));
        using var unnamed = await PostAsync(machine, "", Encoding.UTF8.GetBytes("just some words, not records"));
        using var empty = await PostAsync(machine, "?format=bibtex", []);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("marc21", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("format", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("empty", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverTheLimitIsRefusedWithoutStoringIt()
    {
        using var machine = await MachineAsync(ApiKeyScopes.CatalogueWrite);

        using var response = await PostAsync(machine, "?format=bibtex", new byte[CatalogueEndpoints.MaxUploadBytes + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(portal.DataPath, "uploads")));
    }

    [Fact]
    public async Task NoKeyAKeyWithoutTheScopeOrASignedInAdministratorCannotWrite()
    {
        var body = Encoding.UTF8.GetBytes(Bibtex("denied"));
        using var anonymous = portal.CreateClient();
        using var adminKey = await MachineAsync(ApiKeyScopes.Admin);
        using var administrator = await portal.SignedInAsync($"admin.{Guid.NewGuid():N}@example.org", AccountRoles.Administrator);

        using var none = await PostAsync(anonymous, "?format=bibtex", body);
        using var wrongScope = await PostAsync(adminKey, "?format=bibtex", body);
        using var cookie = await PostAsync(administrator.Client, "?format=bibtex", body);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongScope.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.StatusCode);
        Assert.Equal(0, await ResourcesTitledAsync("denied"));
    }
}
