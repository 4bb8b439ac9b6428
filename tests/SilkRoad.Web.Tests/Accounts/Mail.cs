using System.Text.RegularExpressions;

namespace SilkRoad.Web.Tests.Accounts;

internal static partial class Mail
{
    /// <summary>The path and query of the first link in a message (the host is the test server's).</summary>
    public static string LinkIn(string message)
    {
        var match = LinkPattern().Match(message);
        Assert.True(match.Success, "no link in:\n" + message);
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
