namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>How mail leaves (section <c>Notifications:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Notifications:Smtp";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>Empty: the server takes mail without signing in (a relay inside the province's network).</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "";

    public string FromName { get; set; } = "";

    /// <summary>The right-hand side of every Message-ID (<c>{idempotency key}@{domain}</c>).</summary>
    public string MessageIdDomain { get; set; } = "motcua.local";

    /// <summary>Connect, send and each reply together; a server slower than this counts as down.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>The SMS brandname hub's credentials and the province's registered sender (section <c>Notifications:Sms</c>); its address is <c>OutsideSystems:SmsBrandname</c>.</summary>
public sealed class SmsOptions
{
    public const string Section = "Notifications:Sms";

    public string Token { get; set; } = "";

    public string Brandname { get; set; } = "";

    public string TemplateId { get; set; } = "";
}

/// <summary>The Zalo Official Account's app credentials (section <c>Notifications:Zalo</c>); its address is <c>OutsideSystems:Zalo</c>.</summary>
public sealed class ZaloOptions
{
    public const string Section = "Notifications:Zalo";

    public string AppId { get; set; } = "";

    public string SecretKey { get; set; } = "";

    /// <summary>The refresh token issued when the account authorised the app; the access token is derived from it.</summary>
    public string RefreshToken { get; set; } = "";

    /// <summary>The approved template sent with the notice's fields; empty: notices go as plain text.</summary>
    public string TemplateId { get; set; } = "";
}
