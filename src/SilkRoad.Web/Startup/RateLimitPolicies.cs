namespace SilkRoad.Web.Startup;

/// <summary>Names of the rate-limiting policies that pages opt into with <c>[EnableRateLimiting]</c>.</summary>
public static class RateLimitPolicies
{
    public const string SignIn = "sign-in";
    public const string Registration = "registration";
}
