namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>The national payment platform: INIT gives the pay page's address, QUERY how a transaction stands.</summary>
public interface IPayGov
{
    /// <summary>Signs and sends INIT; the address of the pay page. Throws <see cref="PayGovUnavailableException"/> when the platform refuses or cannot be reached.</summary>
    Task<Uri> InitAsync(PayGovInitMessage message, CancellationToken cancellationToken);

    /// <summary>Signs and sends QUERY for one reference.</summary>
    Task<PayGovQueryAnswer> QueryAsync(string reference, CancellationToken cancellationToken);
}

/// <summary>QUERY's answer: <c>TrangThaiGD</c> and, when paid, the platform's transaction and amount.</summary>
public sealed record PayGovQueryAnswer(string MaLoi, string? TrangThaiGD, string? MaGiaoDich, string? SoTien)
{
    public bool IsPaid => MaLoi == PayGovProtocol.Success && TrangThaiGD == PayGovProtocol.QueryPaid;

    public bool IsFailed => MaLoi == PayGovProtocol.Success && TrangThaiGD == PayGovProtocol.QueryFailed;
}

/// <summary>The platform refused the call or could not be reached; the message is Vietnamese.</summary>
public sealed class PayGovUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
