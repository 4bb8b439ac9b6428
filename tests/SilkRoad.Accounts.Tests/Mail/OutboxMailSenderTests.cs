using System.Text;
using SilkRoad.Accounts.Mail;

namespace SilkRoad.Accounts.Tests.Mail;

public sealed class OutboxMailSenderTests : IDisposable
{
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "silkroad-outbox-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EachMessageIsAReadableEmlFileWithItsSubjectEncodedForTheHeader()
    {
        var sender = new OutboxMailSender(_outbox, "SilkRoad <no-reply@example.org>", TimeProvider.System);

        await sender.SendAsync(new OutgoingMail("wei@example.cn", "确认您的账户", "请打开链接：\nhttps://example.org/zh/account/confirm?code=a%2Bb"), CancellationToken.None);
        await sender.SendAsync(new OutgoingMail("amina@example.org", "Second", "body"), CancellationToken.None);

        var files = Directory.GetFiles(_outbox);
        Assert.Equal(2, files.Length);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
        var texts = await Task.WhenAll(files.Select(f => File.ReadAllTextAsync(f)));
        var first = Assert.Single(texts, t => t.Contains("wei@", StringComparison.Ordinal));
        Assert.Contains("To: wei@example.cn\r\n", first, StringComparison.Ordinal);
        Assert.Contains("From: \"SilkRoad\" <no-reply@example.org>\r\n", first, StringComparison.Ordinal);
        Assert.Contains($"Subject: =?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes("确认您的账户"))}?=\r\n", first, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", first, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n请打开链接：\r\nhttps://example.org/zh/account/confirm?code=a%2Bb\r\n", first, StringComparison.Ordinal);
        Assert.Contains("Subject: Second\r\n", Assert.Single(texts, t => t != first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressThatWouldInjectAHeaderIsRefused()
    {
        var sender = new OutboxMailSender(_outbox, "no-reply@example.org", TimeProvider.System);

        await Assert.ThrowsAnyAsync<FormatException>(() =>
            sender.SendAsync(new OutgoingMail("a@example.org\r\nBcc: all@example.org", "x", "y"), CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_outbox)) Directory.Delete(_outbox, recursive: true);
    }
}
