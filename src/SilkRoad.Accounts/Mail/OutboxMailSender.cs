using System.Globalization;
using System.Net.Mail;
using System.Text;

namespace SilkRoad.Accounts.Mail;

/// <summary>
/// Writes each message as an RFC 5322 <c>.eml</c> file into the outbox folder, so that a newcomer running the embedded
/// default can open the confirmation link in a mail reader or a text editor, and tests can read it. The body is UTF-8
/// as it is (8bit), not base64, for the same reason.
/// </summary>
public sealed class OutboxMailSender(string outboxPath, string from, TimeProvider clock) : IMailSender
{
    public string OutboxPath { get; } = outboxPath;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        Directory.CreateDirectory(OutboxPath);
        var now = clock.GetUtcNow();
        var text = new StringBuilder()
            .Append("From: ").Append(new MailAddress(from)).Append("\r\n")
            .Append("To: ").Append(new MailAddress(mail.To)).Append("\r\n")
            .Append("Subject: ").Append(EncodedWord(mail.Subject)).Append("\r\n")
            .Append("Date: ").Append(now.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(Guid.NewGuid().ToString("N")).Append("@silkroad>\r\n")
            .Append("MIME-Version: 1.0\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n")
            .Append("Content-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(mail.Body.ReplaceLineEndings("\r\n")).Append("\r\n")
            .ToString();
        // A sortable name, unique even for two messages in one millisecond; written whole, then renamed, so that a
        // reader of the folder never sees half a message.
        var name = $"{now:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var partial = Path.Combine(OutboxPath, name + ".part");
        await File.WriteAllTextAsync(partial, text, new UTF8Encoding(false), cancellationToken);
        File.Move(partial, Path.Combine(OutboxPath, name));
    }

    // RFC 2047: a header is ASCII; anything else travels as =?utf-8?B?...?=.
    private static string EncodedWord(string text) =>
        text.All(c => c is >= ' ' and <= '~') ? text : $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
}
