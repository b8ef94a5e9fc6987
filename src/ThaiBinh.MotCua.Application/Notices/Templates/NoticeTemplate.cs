namespace ThaiBinh.MotCua.Application.Notices.Templates;

/// <summary>
/// The text of one notice (a message type on one channel kind) as an admin edits it; placeholders
/// such as {MaHoSo} are filled when a notice is composed (<see cref="NoticePlaceholders"/>).
/// The first start fills the missing ones from the shipped file and never overwrites an admin's edit.
/// </summary>
public sealed class NoticeTemplate
{
    public const int MaxSubjectLength = 300;
    public const int MaxBodyLength = 8000;

    private NoticeTemplate()
    {
        MessageType = string.Empty;
        Channel = string.Empty;
        Body = string.Empty;
    }

    public NoticeTemplate(string messageType, string channel, string? subject, string body, bool isActive, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        MessageType = messageType;
        Channel = channel;
        Subject = subject;
        Body = body;
        IsActive = isActive;
        Version = 1;
        UpdatedAt = at;
    }

    public Guid Id { get; private set; }

    /// <summary>An outbox message type, e.g. dossier.received.</summary>
    public string MessageType { get; private set; }

    /// <summary>email, sms or zalo (<see cref="NoticeChannels"/>).</summary>
    public string Channel { get; private set; }

    /// <summary>The email's subject; null for SMS and Zalo.</summary>
    public string? Subject { get; private set; }

    public string Body { get; private set; }

    /// <summary>An inactive template sends nothing: no delivery is planned for it.</summary>
    public bool IsActive { get; private set; }

    /// <summary>Optimistic concurrency: every edit increments it; an edit of an older copy is refused.</summary>
    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The admin who last edited it; null while it is the shipped text.</summary>
    public string? UpdatedBy { get; private set; }

    public void Edit(string? subject, string body, bool isActive, string by, DateTimeOffset at)
    {
        Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim();
        Body = body.Trim();
        IsActive = isActive;
        UpdatedBy = by;
        UpdatedAt = at;
        Version++;
    }
}
