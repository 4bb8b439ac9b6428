namespace SilkRoad.Accounts.Users;

/// <summary>Settings of the accounts module (section <c>Accounts</c>); the defaults need no configuration.</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// The portal's public address (<c>https://silkroad.example.org</c>) for the links in account mail. Set it in
    /// production: without it a link is built from the request's Host header, which a client chooses, so a reset
    /// request with a forged Host would mail its owner a link to another site (unless <c>AllowedHosts</c> is narrowed).
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// How long a signed-in session is trusted before its security stamp is checked against the store again. Zero (the
    /// default) checks on every request of a signed-in user: a changed password or a revoked role ends every other
    /// session at once, for one indexed lookup per request. Anonymous visitors cost nothing.
    /// </summary>
    public TimeSpan SecurityStampValidationInterval { get; set; } = TimeSpan.Zero;

    /// <summary>Failed sign-ins in a row before an account is locked for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
