using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SilkRoad.Web.Tests.Api;

public sealed class TrainingApiTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private readonly HttpClient _client = portal.Client;

    [Fact]
    public async Task Stats_combine_the_catalogue_and_the_training_base_seeded_on_first_start()
    {
        var stats = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/stats", UriKind.Relative));

        Assert.True(stats.GetProperty("resources").GetInt64() >= 60);
        Assert.True(stats.GetProperty("resourcesByLanguage").GetProperty("ar").GetInt64() > 0);
        Assert.True(stats.GetProperty("resourcesByType").EnumerateObject().Count() >= 12);
        Assert.Equal(18, stats.GetProperty("topics").GetInt64());
        Assert.Equal(243, stats.GetProperty("courses").GetInt64());
        Assert.Equal(98, stats.GetProperty("programmes").GetInt64());
        Assert.True(stats.GetProperty("sessions").GetInt64() > 100);
        Assert.Equal(17_194, stats.GetProperty("trainees").GetInt64());
        Assert.Equal(115, stats.GetProperty("traineeCountries").GetInt64());
        Assert.Equal(8, stats.GetProperty("partnerCountries").GetInt64());
        Assert.True(stats.GetProperty("partnerInstitutions").GetInt64() >= 8);
        Assert.True(stats.GetProperty("countriesReached").GetInt64() >= 115);
        Assert.True(stats.TryGetProperty("experts", out _));
    }

    [Fact]
    public async Task A_report_is_served_as_json_csv_and_xlsx()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/training/reports/by-country", UriKind.Relative));
        using var csv = await _client.GetAsync(new Uri("/api/training/reports/by-country.csv", UriKind.Relative));
        using var xlsx = await _client.GetAsync(new Uri("/api/training/reports/sessions-by-topic.xlsx?language=zh", UriKind.Relative));

        var rows = json.GetProperty("rows");
        Assert.Equal(115, rows.GetArrayLength());
        Assert.Equal(json.GetProperty("total").GetInt64(), rows.EnumerateArray().Sum(r => r.GetProperty("count").GetInt64()));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,label,trainees", lines[0].TrimEnd('\r'));
        Assert.Equal(116, lines.Length);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task An_unknown_report_is_a_404_naming_the_reports_there_are()
    {
        using var response = await _client.GetAsync(new Uri("/api/training/reports/by-shoe-size", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("by-country", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
