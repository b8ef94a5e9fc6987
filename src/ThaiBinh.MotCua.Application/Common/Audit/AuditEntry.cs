namespace ThaiBinh.MotCua.Application.Common.Audit;

/// <summary>
/// One line of the append-only audit log: who did what to which dossier, when, from where, and the
/// status before and after. The database refuses updates and deletes of these rows. A line the
/// system wrote (a due moment recomputed after a calendar change) has no officer and the username
/// <see cref="SystemUsername"/>.
/// </summary>
public sealed class AuditEntry
{
    public const string SystemUsername = "system";

    private AuditEntry()
    {
        Username = string.Empty;
        Action = string.Empty;
    }

    public AuditEntry(
        DateTimeOffset at, Guid? officerId, string username, string? ipAddress, string action,
        Guid? dossierId, string? dossierCode, int? fromStatus, int? toStatus, string? details)
    {
        Id = Guid.CreateVersion7();
        At = at;
        OfficerId = officerId;
        Username = username;
        IpAddress = ipAddress;
        Action = action;
        DossierId = dossierId;
        DossierCode = dossierCode;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Details = details;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? OfficerId { get; private set; }

    public string Username { get; private set; }

    public string? IpAddress { get; private set; }

    public string Action { get; private set; }

    public Guid? DossierId { get; private set; }

    public string? DossierCode { get; private set; }

    public int? FromStatus { get; private set; }

    public int? ToStatus { get; private set; }

    public string? Details { get; private set; }
}
