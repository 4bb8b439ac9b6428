using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Mail;
using SilkRoad.Web.Pages.Account;

namespace SilkRoad.Web.Tests.Accounts;

/// <summary>Account mail goes out after the answer: a mail server that fails or hangs changes neither the answer nor its time.</summary>
public sealed class AccountMailDispatcherTests(AccountsPortal portal) : IClassFixture<AccountsPortal>
{
    private sealed class StuckMailServer : IMailSender
    {
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            await Release.Task;
            throw new InvalidOperationException("the mail server refused the message");
        }
    }

    [Fact]
    public async Task TheFormAnswersWhileTheMailServerHangsAndAFailedMessageDoesNotStopTheNext()
    {
        var server = new StuckMailServer();
        await using var stuck = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IMailSender>(server)));
        using var visitor = new Visitor(stuck.CreateClient());

        using var first = await visitor.RegisterAsync($"first.{Guid.NewGuid():N}@example.org", "a long enough passphrase");
        using var second = await visitor.RegisterAsync($"second.{Guid.NewGuid():N}@example.org", "a long enough passphrase");
        server.Release.SetResult();
        await stuck.Services.GetRequiredService<AccountMailDispatcher>().WhenSentAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Check your mailbox", Visitor.Messages(await second.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, server.Attempts);
    }
}
