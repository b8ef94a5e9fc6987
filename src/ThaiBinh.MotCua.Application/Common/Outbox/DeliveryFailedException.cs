namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>
/// A delivery the channel could not make. <paramref name="permanent"/>: trying again cannot help
/// (the receiver refused the content), so the delivery goes to the dead letters at once.
/// </summary>
public sealed class DeliveryFailedException(string reason, bool permanent = false, Exception? inner = null)
    : Exception(reason, inner)
{
    public bool Permanent { get; } = permanent;
}
