using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SilkRoad.Training.Certificates;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Verify;

/// <summary>
/// The public verification page of a certificate: <c>/{culture}/verify/{code}</c>, the address its QR code holds, and
/// <c>/{culture}/verify?code=…</c>, what its form sends, which is redirected to the canonical address. An unknown code
/// answers 404 and a malformed one 400, each with a message saying which it is; a revoked certificate says so first.
/// </summary>
public sealed class IndexModel(CertificateVerifier verifier) : PageModel
{
    /// <summary>Null when no code was given: the page shows only the form.</summary>
    public CertificateVerification? Verification { get; private set; }

    public string? Typed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var culture = PortalCultures.Current.Code;
        // Read apart: model binding would take the query's code for the route's.
        var code = RouteData.Values["code"] as string;
        string? typed = Request.Query["code"];
        if (code is null && !string.IsNullOrWhiteSpace(typed))
        {
            return CertificateCode.TryNormalize(typed, out var canonical)
                ? Redirect($"{Request.PathBase}/{culture}/verify/{canonical}")
                : Show(new CertificateVerification(CertificateVerificationStatus.Malformed, null), typed);
        }
        if (code is null) return Page();
        return Show(await verifier.VerifyAsync(code, culture, cancellationToken), code);
    }

    private PageResult Show(CertificateVerification verification, string typed)
    {
        Verification = verification;
        Typed = typed.Length > 64 ? typed[..64] : typed;
        Response.StatusCode = verification.Status switch
        {
            CertificateVerificationStatus.Unknown => StatusCodes.Status404NotFound,
            CertificateVerificationStatus.Malformed => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
