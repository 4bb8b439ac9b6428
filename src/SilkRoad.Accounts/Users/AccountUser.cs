using Microsoft.AspNetCore.Identity;

namespace SilkRoad.Accounts.Users;

/// <summary>A person who signs in. The e-mail address is the user name: people remember it, and it is unique.</summary>
public sealed class AccountUser : IdentityUser
{
    /// <summary>How the person wants to be addressed; shown to administrators, so it is always output-encoded.</summary>
    [PersonalData]
    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the account was anonymised at its owner's request; it then can no longer sign in.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
}
