namespace ThaiBinh.MotCua.Application.Common.Exceptions;

/// <summary>
/// Refused before any work was done because the caller has tried too often; answered 429 with
/// <see cref="RetryAfter"/> as the Retry-After header.
/// </summary>
public sealed class TooManyAttemptsException(string code, string message, TimeSpan retryAfter) : Exception(message)
{
    /// <summary>The stable machine code of the problem answer.</summary>
    public string Code { get; } = code;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
