namespace SilkRoad.Accounts.Mail;

/// <summary>
/// Sends the service's mail: through SMTP when <c>Mail:Smtp:Host</c> is set (<see cref="SmtpMailSender"/>), otherwise
/// into <c>{DataPath}/outbox</c> as <c>.eml</c> files (<see cref="OutboxMailSender"/>).
/// </summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
