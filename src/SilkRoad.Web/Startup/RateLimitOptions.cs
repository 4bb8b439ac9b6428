namespace SilkRoad.Web.Startup;

/// <summary>
/// Requests per client address (section <c>RateLimits</c>). Generous enough for a classroom behind one address; a
/// guessing attack on one account is stopped by the lockout long before these limits matter, so they guard against
/// spraying many accounts and against flooding.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in, password-reset and set-password form posts per minute.</summary>
    public int SignInPerMinute { get; set; } = 20;

    /// <summary>Registrations per hour.</summary>
    public int RegistrationsPerHour { get; set; } = 30;

    /// <summary>Requests to <c>/api</c> per minute (the search box's suggestions count).</summary>
    public int ApiPerMinute { get; set; } = 600;
}
