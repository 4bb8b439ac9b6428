using System.Net;
using SilkRoad.Training.Certificates;

namespace SilkRoad.Web.Tests.Training;

public sealed class VerifyPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(PortalFixture.Cultures), MemberType = typeof(PortalFixture))]
    public async Task AValidCertificateShowsItsHolderSessionAndDatesInEachLanguage(string culture)
    {
        var code = await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Valid);

        var html = await fixture.GetHtmlAsync($"/{culture}/verify/{code}");

        Assert.Contains("class=\"verification valid\"", html, StringComparison.Ordinal);
        Assert.Contains($"<code dir=\"ltr\">{code}</code>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/certificates/{code}/badge\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Equal((culture, culture == "ar" ? "rtl" : "ltr"), Html.RootLangDir(html));
    }

    [Fact]
    public async Task AChineseVisitorReadsTheVerdictAndProgrammeInChinese()
    {
        var code = await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Valid);

        var html = await fixture.GetHtmlAsync($"/zh/verify/{code}");

        Assert.Contains("此证书真实有效。", html, StringComparison.Ordinal);
        Assert.Matches("<dd>[^<]*(研修班|研讨会|培训班|在线课程)</dd>", html);
        Assert.Matches("<dd>第\\d+期</dd>", html);
    }

    [Fact]
    public async Task ARevokedCertificateSaysSoAndWhy()
    {
        var code = await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Revoked);

        var html = await fixture.GetHtmlAsync($"/en/verify/{code}");

        Assert.Contains("class=\"verification revoked\"", html, StringComparison.Ordinal);
        Assert.Contains("This certificate has been revoked.", html, StringComparison.Ordinal);
        Assert.Contains("the attendance records were corrected", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/badge\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCodeIsA404ThatSaysNoCertificateHasIt()
    {
        var html = await fixture.GetHtmlAsync("/fr/verify/0000-0000-0000-0000", HttpStatusCode.NotFound);

        Assert.Contains("Aucun certificat ne porte le code 0000-0000-0000-0000.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextThatCannotBeACodeIsA400ThatSaysWhatACodeLooksLike()
    {
        var html = await fixture.GetHtmlAsync("/ar/verify/hello", HttpStatusCode.BadRequest);

        Assert.Contains("هذا ليس رمز شهادة", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormSendsTheCodeAsTypedToItsCanonicalAddress()
    {
        var code = await DemoCertificates.CodeAsync(fixture.Portal, CertificateStatus.Valid);
        var typed = code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();

        using var response = await fixture.Client.GetAsync(new Uri($"/es/verify?code={Uri.EscapeDataString(typed)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/es/verify/{code}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task WithoutACodeThePageIsAFormThatWorksWithoutScript()
    {
        var html = await fixture.GetHtmlAsync("/ru/verify");

        Assert.Contains("<form class=\"verify-form\" method=\"get\" action=\"/ru/verify\">", html, StringComparison.Ordinal);
        Assert.Contains("Проверить", html, StringComparison.Ordinal);
    }
}
