namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>
/// Holds back password guessing before it costs a password hash: failed sign-ins are counted per
/// username and per client address, and while either has failed too often every attempt is refused
/// unread, the right password included.
/// </summary>
public interface ISignInThrottle
{
    /// <summary>
    /// Waits for the username's and the address's turn (their attempts are checked one at a time, so a
    /// burst sent in parallel cannot slip past the count), then throws
    /// <see cref="Exceptions.TooManyAttemptsException"/> when either has failed too often recently.
    /// </summary>
    ValueTask<ISignInAttempt> BeginAsync(string username, CancellationToken cancellationToken);
}

/// <summary>One sign-in attempt holding its turn until disposed.</summary>
public interface ISignInAttempt : IDisposable
{
    /// <summary>The password (or username) was wrong: counts against both the username and the address.</summary>
    void Failed();
}
