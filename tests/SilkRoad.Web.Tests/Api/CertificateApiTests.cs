using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SilkRoad.Training.Certificates;
using SilkRoad.Web.Tests.Training;

namespace SilkRoad.Web.Tests.Api;

public sealed class CertificateApiTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_valid_code_answers_the_holder_session_and_dates()
    {
        var code = await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Valid);

        var certificate = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/certificates/{code.ToLowerInvariant()}", UriKind.Relative));

        Assert.Equal("valid", certificate.GetProperty("status").GetString());
        Assert.Equal(code, certificate.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(certificate.GetProperty("name").GetString()));
        Assert.True(certificate.GetProperty("session").GetInt32() > 0);
        Assert.True(certificate.GetProperty("startsOn").GetDateTime() < certificate.GetProperty("issuedAt").GetDateTime());
        Assert.False(certificate.TryGetProperty("email", out _));
    }

    [Fact]
    public async Task A_revoked_code_says_revoked_and_why_and_has_no_badge()
    {
        var code = await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Revoked);

        var certificate = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/certificates/{code}", UriKind.Relative));
        using var badge = await fixture.Client.GetAsync(new Uri($"/api/certificates/{code}/badge", UriKind.Relative));

        Assert.Equal("revoked", certificate.GetProperty("status").GetString());
        Assert.Contains("corrected", certificate.GetProperty("revocationReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, badge.StatusCode);
    }

    [Theory]
    [InlineData("0000-0000-0000-0000", HttpStatusCode.NotFound)]
    [InlineData("no-such-code", HttpStatusCode.BadRequest)]
    public async Task Unknown_and_malformed_codes_are_problems_saying_which(string code, HttpStatusCode expected)
    {
        using var response = await fixture.Client.GetAsync(new Uri($"/api/certificates/{code}", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_badge_is_an_open_badges_3_credential_pointing_at_the_verification_page()
    {
        var code = await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Valid);

        using var response = await fixture.Client.GetAsync(new Uri($"/api/certificates/{code}/badge", UriKind.Relative));
        var badge = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            badge.GetProperty("@context").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], badge.GetProperty("type").EnumerateArray().Select(c => c.GetString()));
        var id = new Uri(badge.GetProperty("id").GetString()!); // checked by the Uri constructor
        Assert.EndsWith($"/verify/{code}", id.AbsolutePath, StringComparison.Ordinal);
        using var page = await fixture.Client.GetAsync(new Uri(id.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var achievement = badge.GetProperty("credentialSubject").GetProperty("achievement");
        Assert.Equal("Achievement", achievement.GetProperty("type")[0].GetString());
        Assert.False(string.IsNullOrEmpty(achievement.GetProperty("criteria").GetProperty("narrative").GetString()));
        Assert.Equal(code, achievement.GetProperty("humanCode").GetString());
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("ar")]
    [InlineData("ru")]
    public async Task The_pdf_is_in_the_language_of_instruction_with_its_code_and_a_verify_url_that_resolves(string language)
    {
        var code = await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Valid, language);

        using var response = await fixture.Client.GetAsync(new Uri($"/api/certificates/{code}/pdf", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains(code, text, StringComparison.Ordinal);
        var url = System.Text.RegularExpressions.Regex.Match(text, @"https?://\S+/verify/\S+").Value;
        Assert.EndsWith($"/{language}/verify/{code}", url, StringComparison.Ordinal);
        using var page = await fixture.Client.GetAsync(new Uri(new Uri(url).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var heading = language switch { "zh" => "结业证书", "ru" => "Свидетельство", _ => "شهادة" };
        // Skia writes the shaped Arabic glyphs in visual order, mapped to presentation forms: NFKC gives the letters
        // back, and reading them right to left gives the words.
        var letters = text.Normalize(System.Text.NormalizationForm.FormKC);
        Assert.True(letters.Contains(heading, StringComparison.Ordinal) || new string(letters.Reverse().ToArray()).Contains(heading, StringComparison.Ordinal), text);
    }
}
