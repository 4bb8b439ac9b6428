using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using SilkRoad.Accounts.Mail;
using SilkRoad.Accounts.Users;

namespace SilkRoad.Cli.Commands;

/// <summary>
/// <c>silkroad admin create --email ADDRESS [--url URL]</c>: the first administrator (or an existing account made one).
/// Prints a set-password link and mails it (to <c>{data}/outbox</c> without SMTP); there is no default password.
/// </summary>
internal static class AdminCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The administrator's e-mail address (their user name)", Required = true };
        var url = new Option<string>("--url")
        {
            Description = "The portal's address, for the link (default http://localhost:5000)",
            DefaultValueFactory = _ => "http://localhost:5000",
        };
        var create = new Command("create", "Create an administrator and print a one-time set-password link") { email, url };
        create.SetAction((result, ct) => CommandGuard.RunAsync(() => CreateAsync(
            result.GetRequiredValue(GlobalOptions.Data), result.GetRequiredValue(email), result.GetRequiredValue(url), ct)));
        return new Command("admin", "Administer accounts") { create };
    }

    private static async Task<int> CreateAsync(string data, string email, string url, CancellationToken cancellationToken)
    {
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            await Console.Error.WriteLineAsync($"error: '{email}' is not an e-mail address");
            return ExitCodes.Failed;
        }
        await using var services = await CliHost.StartAsync(data, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var (user, code) = await scope.ServiceProvider.GetRequiredService<AdministratorCreation>().CreateAsync(email, cancellationToken);
        var link = $"{url.TrimEnd('/')}/en/account/reset-password?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}";
        var sender = scope.ServiceProvider.GetRequiredService<IMailSender>();
        await sender.SendAsync(new OutgoingMail(email, "SilkRoad: set your administrator password",
            $"An administrator account was created for {email}.\n\nSet its password within one day (the link works once):\n{link}\n"), cancellationToken);
        Console.WriteLine($"{user.Email} is an administrator. Set the password within one day (the link works once):");
        Console.WriteLine(link);
        if (sender is OutboxMailSender outbox) Console.WriteLine($"The link was also written to {outbox.OutboxPath}.");
        return ExitCodes.Success;
    }
}
