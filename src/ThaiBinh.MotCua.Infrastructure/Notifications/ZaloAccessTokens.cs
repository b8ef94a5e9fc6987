namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>
/// The Zalo OA access token, kept in memory for the whole process (the typed client is created per
/// call): one refresh at a time, the refresh token Zalo hands back kept for the next refresh.
/// </summary>
internal sealed class ZaloAccessTokens(TimeProvider clock)
{
    // Refresh a little before Zalo's expiry so a call never starts with a token about to lapse.
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private string? _accessToken;
    private DateTimeOffset _expiresAt;
    private string? _refreshToken;

    /// <summary>A token Zalo should accept; <paramref name="refused"/>: the token Zalo just refused, so a fresh one is needed.</summary>
    public async Task<string> GetAsync(
        string configuredRefreshToken,
        Func<string, CancellationToken, Task<IssuedZaloToken>> refresh,
        string? refused,
        CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (_accessToken is not null && _accessToken != refused && clock.GetUtcNow() < _expiresAt - Margin)
            {
                return _accessToken;
            }

            var issued = await refresh(_refreshToken ?? configuredRefreshToken, cancellationToken);
            _accessToken = issued.AccessToken;
            _expiresAt = clock.GetUtcNow() + issued.Lifetime;
            _refreshToken = string.IsNullOrEmpty(issued.RefreshToken) ? _refreshToken : issued.RefreshToken;
            return _accessToken;
        }
        finally
        {
            _refreshing.Release();
        }
    }
}

/// <summary>What Zalo's token endpoint issued.</summary>
internal sealed record IssuedZaloToken(string AccessToken, string? RefreshToken, TimeSpan Lifetime);
