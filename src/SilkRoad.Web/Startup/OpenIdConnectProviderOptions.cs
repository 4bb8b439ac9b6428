namespace SilkRoad.Web.Startup;

/// <summary>
/// An external OpenID Connect provider (section <c>Authentication:OpenIdConnect</c>), e.g. a partner university's or
/// the centre's own. Off unless <see cref="Authority"/> is set. The provider must register the redirect address
/// <c>{portal}/signin-oidc</c> and release the <c>email</c> scope.
/// </summary>
public sealed class OpenIdConnectProviderOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The scheme's name, in URLs and in stored logins.</summary>
    public const string Scheme = "oidc";

    /// <summary>The issuer, e.g. <c>https://login.example.org/</c>; its discovery document is read from there.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the sign-in button.</summary>
    public string DisplayName { get; set; } = "OpenID Connect";

    /// <summary>Only a provider on loopback in a test may be plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
