using System.Text.Json;

namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>
/// The message types written to the outbox. The type names what happened; the payload's shape is
/// versioned (<see cref="Version"/>): a change that a reader of the old shape would misread is a new
/// version, and readers keep reading the versions still in the table.
/// </summary>
public static class OutboxMessageTypes
{
    /// <summary>The contract version written today.</summary>
    public const int Version = 1;

    public const string Received = "dossier.received";
    public const string Transferred = "dossier.transferred";
    public const string Progressed = "dossier.progressed";
    public const string SupplementRequested = "dossier.supplement-requested";
    public const string Supplemented = "dossier.supplemented";
    public const string ResultReady = "dossier.result-ready";
    public const string Returned = "dossier.returned";
    public const string Refused = "dossier.refused";
    public const string Extended = "dossier.extended";
    public const string DueMoved = "dossier.due-moved";
    public const string Stopped = "dossier.stopped";
    public const string Withdrawn = "dossier.withdrawn";
    public const string HandedOver = "dossier.handed-over";
    public const string PaymentRequested = "dossier.payment-requested";
    public const string Paid = "dossier.paid";
    public const string PaymentRefunded = "dossier.payment-refunded";

    /// <summary>A dossier submitted on the national portal arrived, or came back completed (status 1).</summary>
    public const string SubmittedOnline = "dossier.submitted-online";

    /// <summary>Written by the flagging run: one per supervisor with newly overdue dossiers in their units.</summary>
    public const string OverdueDigest = "supervision.overdue-digest";

    /// <summary>Written by the flagging run: one per handler with dossiers newly due soon.</summary>
    public const string DueSoon = "supervision.due-soon";
}

/// <summary>The payloads of <see cref="OutboxMessageTypes"/>, version 1, serialised in camelCase.</summary>
public static class OutboxContracts
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Every dossier.* message: the history entry it announces (<c>ActionSequence</c>, one message per
    /// entry, <c>Action</c> its machine name: receive, transfer, assess, recompute-due…) and the facts a
    /// reader needs without loading the dossier at that moment; <c>PreviousDueAt</c> is set when the
    /// appointment moved (extension, supplement, calendar change).
    /// </summary>
    public sealed record DossierEventV1(
        Guid DossierId,
        string Code,
        string Action,
        int ActionSequence,
        int? FromStatus,
        int ToStatus,
        DateTimeOffset At,
        DateTimeOffset? DueAt,
        DateTimeOffset? PreviousDueAt,
        Guid? OfficerId,
        string? Note);

    /// <summary>One supervisor's newly overdue dossiers of one flagging run.</summary>
    public sealed record OverdueDigestV1(Guid SupervisorId, DateTimeOffset RunAt, IReadOnlyList<FlaggedDossierV1> Dossiers);

    /// <summary>One handler's dossiers newly due soon in one flagging run.</summary>
    public sealed record DueSoonV1(Guid HandlerId, DateTimeOffset RunAt, IReadOnlyList<FlaggedDossierV1> Dossiers);

    public sealed record FlaggedDossierV1(Guid DossierId, string Code, DateTimeOffset? DueAt, Guid CurrentOfficeId);

    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, Json);

    public static T Read<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Json) ?? throw new JsonException("Empty outbox payload.");
}
