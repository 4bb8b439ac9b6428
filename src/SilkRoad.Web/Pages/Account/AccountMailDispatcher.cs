using System.Threading.Channels;
using SilkRoad.Accounts.Mail;

namespace SilkRoad.Web.Pages.Account;

/// <summary>
/// The account messages go out after the page has answered, one at a time, so that how long a registration or a
/// reset request takes says nothing about whether the address has an account (an SMTP round trip is hundreds of
/// milliseconds, sent only for some addresses). A message that cannot be sent is logged; the person asks again.
/// Stopping the host sends what is queued first, within the host's shutdown time.
/// </summary>
public sealed partial class AccountMailDispatcher(IMailSender sender, ILogger<AccountMailDispatcher> logger) : BackgroundService
{
    private readonly Channel<OutgoingMail> _mails = Channel.CreateUnbounded<OutgoingMail>(new UnboundedChannelOptions { SingleReader = true });
    private int _pending;

    public void Enqueue(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        Interlocked.Increment(ref _pending);
        if (_mails.Writer.TryWrite(mail)) return;
        Interlocked.Decrement(ref _pending);
        LogNotQueued(mail.To);
    }

    /// <summary>Completes when every message queued so far has been sent (or has failed).</summary>
    public async Task WhenSentAsync(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _pending) > 0) await Task.Delay(10, cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _mails.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: what is queued is still sent while the host stops (StopAsync completes the queue).
        await foreach (var mail in _mails.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await sender.SendAsync(mail, CancellationToken.None);
            }
#pragma warning disable CA1031 // one message that cannot be sent must not stop the others
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogNotSent(exception, mail.To);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Account mail to {To} could not be sent")]
    private partial void LogNotSent(Exception exception, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account mail to {To} was not queued: the host is stopping")]
    private partial void LogNotQueued(string to);
}
