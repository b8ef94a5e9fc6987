namespace ThaiBinh.MotCua.Infrastructure.NationalPortal;

/// <summary>
/// The portal's session, shared by every call of the process (a singleton: the typed client is not),
/// so the adapter logs in once, not once per delivery.
/// </summary>
internal sealed class PortalSession
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _session;

    /// <summary>The cached session, or a new one from <paramref name="login"/>; one login at a time.</summary>
    public async Task<string> GetAsync(Func<CancellationToken, Task<string>> login, CancellationToken cancellationToken)
    {
        if (_session is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _session ??= await login(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="session"/> if it is still the cached one (another call may have renewed it).</summary>
    public void Expire(string session) => Interlocked.CompareExchange(ref _session, null, session);
}
