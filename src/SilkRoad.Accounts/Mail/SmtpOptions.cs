namespace SilkRoad.Accounts.Mail;

/// <summary>The SMTP relay (<c>Mail:Smtp:*</c>). Set <see cref="Host"/> to send real mail.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS (or TLS on connect, as the server offers). Only a relay on loopback should turn it off.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
