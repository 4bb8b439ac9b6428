using Microsoft.Extensions.Options;
using SilkRoad.Accounts.Users;
using SilkRoad.Web.Cultures;

namespace SilkRoad.Web.Pages.Account;

/// <summary>Absolute links for account mail, in the current culture, on <see cref="AccountsOptions.PublicUrl"/> when set.</summary>
public sealed class AccountLinks(IOptions<AccountsOptions> options, IHttpContextAccessor http)
{
    public string Confirm(string userId, string code) =>
        Build($"account/confirm?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}");

    public string Reset(string email, string code) =>
        Build($"account/reset-password?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}");

    public string Login() => Build("account/login");

    public string Forgot() => Build("account/forgot-password");

    private string Build(string rest)
    {
        var origin = options.Value.PublicUrl?.TrimEnd('/');
        if (origin is null)
        {
            var request = (http.HttpContext ?? throw new InvalidOperationException("a link outside a request needs Accounts:PublicUrl")).Request;
            origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
        return $"{origin}/{PortalCultures.Current.Code}/{rest}";
    }
}
