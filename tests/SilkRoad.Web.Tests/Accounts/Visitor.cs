using System.Net;
using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>One browser: keeps its cookies, fills in forms with the antiforgery token the page gave it.</summary>
public sealed partial class Visitor(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public async Task<HttpResponseMessage> GetAsync(string path) => await Client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetHtmlAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens the page at <paramref name="formPage"/> and posts its form (the nth, by default the first) with these fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, IDictionary<string, string> fields, string? action = null, int form = 0)
    {
        var html = await GetHtmlAsync(formPage);
        var token = TokenPattern().Matches(html)[form].Groups[1].Value;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
        return await PostAsync(action ?? formPage, values);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, IDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password, string culture = "en") =>
        SubmitAsync($"/{culture}/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public Task<HttpResponseMessage> RegisterAsync(string email, string password, string? name = null, string culture = "en") =>
        SubmitAsync($"/{culture}/account/register", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = name ?? "",
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });

    /// <summary>The text of the page's form messages (errors and outcome), decoded.</summary>
    public static string Messages(string html) =>
        string.Join(" | ", MessagePattern().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Value, "<[^>]+>", " ")).Trim()));

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<(?:div class=\"form-errors\"|p class=\"form-message\")[^>]*>.*?</(?:div|p)>", RegexOptions.Singleline)]
    private static partial Regex MessagePattern();
}
