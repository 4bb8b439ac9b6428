namespace SilkRoad.Accounts.Mail;

/// <summary>Outgoing mail (section <c>Mail</c>). Nothing is required: without an SMTP host mail goes to the outbox folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The sender's address, e.g. <c>SilkRoad &lt;no-reply@silkroad.example.org&gt;</c>.</summary>
    public string From { get; set; } = "SilkRoad <no-reply@localhost>";

    /// <summary>The folder that receives <c>.eml</c> files when no SMTP host is set; default <c>{DataPath}/outbox</c>.</summary>
    public string? OutboxPath { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}
