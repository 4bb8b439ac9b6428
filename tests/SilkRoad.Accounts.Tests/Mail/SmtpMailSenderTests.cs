using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using SilkRoad.Accounts.Mail;

namespace SilkRoad.Accounts.Tests.Mail;

/// <summary>
/// The SMTP sender against a real SMTP server on loopback: aiosmtpd (Debian's python3-aiosmtpd, which scripts/test.sh
/// installs and names through SILKROAD_TEST_SMTPD), writing what it receives into a maildir.
/// </summary>
public sealed class SmtpMailSenderTests : IAsyncLifetime
{
    private readonly string _maildir = Directory.CreateTempSubdirectory("silkroad-smtp-").FullName;
    private Process? _server;
    private int _port;

    // A folder the server makes (a maildir it finds already there, without its tmp/new/cur, it cannot use).
    private string Maildir => Path.Combine(_maildir, "box");

    public async Task InitializeAsync()
    {
        var python = Environment.GetEnvironmentVariable("SILKROAD_TEST_SMTPD") is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException("SILKROAD_TEST_SMTPD is not set: run the tests through scripts/test.sh, which installs python3-aiosmtpd.");
        _port = FreePort();
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{_port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
            start.ArgumentList.Add(argument);
        _server = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false }) _server.Kill(entireProcessTree: true);
        _server?.Dispose();
        Directory.Delete(_maildir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AMessageReachesTheServerWithItsAddressesAndItsTextInAnyScript()
    {
        var sender = new SmtpMailSender(new MailOptions
        {
            From = "SilkRoad <no-reply@silkroad.example.org>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = _port, EnableSsl = false },
        });

        await sender.SendAsync(new OutgoingMail("amina@example.org", "تأكيد عنوانك", "Ссылка: https://silkroad.example.org/confirm — 确认"), CancellationToken.None);

        var message = await ReceivedAsync();
        Assert.Contains("To: amina@example.org", message, StringComparison.Ordinal);
        Assert.Contains("no-reply@silkroad.example.org", message, StringComparison.Ordinal);
        Assert.Equal("تأكيد عنوانك", Subject(message));
        Assert.Equal("Ссылка: https://silkroad.example.org/confirm — 确认", Body(message).TrimEnd());
    }

    [Fact]
    public async Task AServerThatIsNotThereIsAnError()
    {
        var sender = new SmtpMailSender(new MailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = FreePort(), EnableSsl = false } });

        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync(new OutgoingMail("amina@example.org", "Hello", "Body"), CancellationToken.None));
    }

    private async Task<string> ReceivedAsync()
    {
        var folder = Path.Combine(Maildir, "new");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder) is [var file, ..])
                return await File.ReadAllTextAsync(file);
            await Task.Delay(100);
        }
        throw new TimeoutException("the SMTP server stored no message within 30 s");
    }

    // The subject as encoded words (RFC 2047, base64 or Q), folded over lines or not.
    private static string Subject(string message)
    {
        var header = Regex.Match(message, "^Subject: (.*(?:\r?\n[ \t].*)*)", RegexOptions.Multiline).Groups[1].Value;
        var words = Regex.Matches(header, "=\\?utf-8\\?([BQ])\\?([^?]*)\\?=", RegexOptions.IgnoreCase);
        if (words.Count == 0) return header.Trim();
        var bytes = new List<byte>();
        foreach (Match word in words)
        {
            bytes.AddRange(word.Groups[1].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(word.Groups[2].Value)
                : QuotedPrintable(word.Groups[2].Value.Replace('_', ' ')));
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static string Body(string message)
    {
        var split = message.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf + 2 : message.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
        var headers = message[..split];
        var body = message[split..];
        var encoding = Regex.Match(headers, "^Content-Transfer-Encoding: *(\\S+)", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value;
        return encoding.ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => Encoding.UTF8.GetString(QuotedPrintable(Regex.Replace(body, "=\\r?\\n", ""))),
            _ => body,
        };
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return [.. bytes];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
