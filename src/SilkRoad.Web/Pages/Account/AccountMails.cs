using Microsoft.Extensions.Localization;
using SilkRoad.Accounts.Mail;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Web.Pages.Account;

/// <summary>The account messages, in the language of the page that caused them, queued to go out after the answer (<see cref="AccountMailDispatcher"/>).</summary>
public sealed class AccountMails(AccountMailDispatcher queue, AccountLinks links, IStringLocalizer<AccountText> accountText)
{
    public void Confirmation(AccountUser user, string code) =>
        Send(user, "Mail.Confirm.Subject", accountText["Mail.Confirm.Body", links.Confirm(user.Id, code)]);

    public void AlreadyRegistered(AccountUser user) =>
        Send(user, "Mail.AlreadyRegistered.Subject", accountText["Mail.AlreadyRegistered.Body", links.Login(), links.Forgot()]);

    public void Reset(AccountUser user, string code) =>
        Send(user, "Mail.Reset.Subject", accountText["Mail.Reset.Body", links.Reset(user.Email!, code)]); // users are created with an address

    private void Send(AccountUser user, string subjectKey, string body) =>
        queue.Enqueue(new OutgoingMail(user.Email!, accountText[subjectKey], body)); // likewise
}
