using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Mail;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Web.Pages.Account;

/// <summary>The account messages, in the language of the page that caused them.</summary>
public sealed class AccountMails(IMailSender sender, AccountLinks links, IStringLocalizer<AccountText> accountText)
{
    public Task ConfirmationAsync(AccountUser user, string code, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.Confirm.Subject", accountText["Mail.Confirm.Body", links.Confirm(user.Id, code)], cancellationToken);

    public Task AlreadyRegisteredAsync(AccountUser user, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.AlreadyRegistered.Subject", accountText["Mail.AlreadyRegistered.Body", links.Login(), links.Forgot()], cancellationToken);

    public Task ResetAsync(AccountUser user, string code, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.Reset.Subject", accountText["Mail.Reset.Body", links.Reset(user.Email!, code)], cancellationToken); // users are created with an address

    private Task SendAsync(AccountUser user, string subjectKey, string body, CancellationToken cancellationToken) =>
        sender.SendAsync(new OutgoingMail(user.Email!, accountText[subjectKey], body), cancellationToken); // likewise
}
