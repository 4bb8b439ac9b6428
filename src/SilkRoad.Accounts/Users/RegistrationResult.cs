using Microsoft.AspNetCore.Identity;

namespace SilkRoad.Accounts.Users;

/// <summary>
/// What a registration led to. <see cref="AlreadyRegistered"/> and <see cref="Created"/> must look the same to the
/// person registering (both say "check your mailbox"), or the form tells anyone which addresses have accounts.
/// </summary>
public abstract record RegistrationResult
{
    /// <summary>A new, unconfirmed account; <paramref name="ConfirmationCode"/> goes into the confirmation link.</summary>
    public sealed record Created(AccountUser User, string ConfirmationCode) : RegistrationResult;

    /// <summary>The address already has an account: its owner is told by mail, nothing is changed.</summary>
    public sealed record AlreadyRegistered(AccountUser User) : RegistrationResult;

    /// <summary>The input itself is unacceptable (a password too short): safe to show, it says nothing about others.</summary>
    public sealed record Rejected(IReadOnlyList<IdentityError> Errors) : RegistrationResult;
}
