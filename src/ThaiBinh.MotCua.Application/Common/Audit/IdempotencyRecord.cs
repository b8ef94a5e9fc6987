namespace ThaiBinh.MotCua.Application.Common.Audit;

/// <summary>
/// The first answer to a request sent with an Idempotency-Key, kept so that a retry of the same
/// request gets the same answer instead of a second dossier.
/// </summary>
public sealed class IdempotencyRecord
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private IdempotencyRecord()
    {
        Key = string.Empty;
        RequestHash = string.Empty;
        Response = string.Empty;
    }

    public IdempotencyRecord(Guid officerId, string key, string requestHash, string response, DateTimeOffset createdAt)
    {
        OfficerId = officerId;
        Key = key;
        RequestHash = requestHash;
        Response = response;
        CreatedAt = createdAt;
    }

    public Guid OfficerId { get; private set; }

    public string Key { get; private set; }

    public string RequestHash { get; private set; }

    /// <summary>The JSON of the first answer.</summary>
    public string Response { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
