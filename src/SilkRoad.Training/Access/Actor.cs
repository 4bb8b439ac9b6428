namespace SilkRoad.Training.Access;

/// <summary>
/// Who asks a training service to act: the signed-in user's id and roles, and for a partner coordinator the partner
/// institution they speak for. The web host builds it from the accounts module's claims; the services check it, so
/// that scoping is a domain rule, tested without a host.
/// </summary>
public sealed record Actor(string UserId, IReadOnlySet<string> Roles, int? PartnerId = null)
{
    public static Actor Of(string userId, params string[] roles) => new(userId, roles.ToHashSet(StringComparer.Ordinal));

    public bool IsInAny(params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(Roles.Contains);
    }

    /// <summary>Throws <see cref="TrainingAccessDeniedException"/> unless the actor has one of <paramref name="roles"/>.</summary>
    public void Require(string action, params string[] roles)
    {
        if (!IsInAny(roles)) throw new TrainingAccessDeniedException(UserId, action);
    }
}
