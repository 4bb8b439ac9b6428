namespace SilkRoad.Accounts.Mail;

/// <summary>A plain-text message to one person.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);
