namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>
/// One (message, channel, recipient) as the worker hands it to a channel. <c>Id</c> is stable across
/// attempts (the receiver's idempotency key); <c>Payload</c> is the message's JSON body as its contract
/// in <see cref="OutboxContracts"/> describes it, at <c>ContractVersion</c>; <c>Recipient</c> is a phone
/// number, an address, an officer's id or the outside system's name; <c>Attempt</c> is 1 on the first try.
/// </summary>
public sealed record OutboxDelivery(
    Guid Id,
    Guid MessageId,
    string MessageType,
    int ContractVersion,
    Guid? DossierId,
    DateTimeOffset OccurredAt,
    string Payload,
    string Channel,
    string Recipient,
    int Attempt);
