using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SilkRoad.Web.Pages.Errors;

/// <summary>
/// The page every error ends on, re-executed in place of the failed request (its status code stays): a 404 for an
/// unknown culture or id, a 400 for bad input, a 410 for a withdrawn resource, a 500 for a failure of ours. It says
/// what happened in the reader's language and never shows a stack trace.
/// </summary>
public sealed class StatusModel : PageModel
{
    private static readonly int[] Explained = [400, 404, 410, 500];

    public int Code { get; private set; }

    /// <summary>The resource key's middle part: a code we explain, or "Other".</summary>
    public string Kind => Explained.Contains(Code) ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";

    public void OnGet(int code)
    {
        // Requested directly (/error/404), the page still answers with the status it describes.
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
