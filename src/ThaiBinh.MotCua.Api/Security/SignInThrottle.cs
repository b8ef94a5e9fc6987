using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Api.Security;

/// <summary>
/// The sign-in throttle, on System.Threading.RateLimiting, in this process's memory.
/// <para>
/// Only failures count, per username and per address. A successful sign-in neither counts nor
/// clears anything: a whole office signs in from one NAT address every morning, and an officer who
/// signs in on several devices must never be held back, while an attacker's guesses are all
/// failures. Failures refill with time (token buckets), so nobody is locked out for good: someone
/// guessing an officer's password keeps that username throttled only while they keep guessing, at
/// one guess per refill period, and the officer can sign in again a refill period after they stop.
/// </para>
/// <para>
/// Attempts of one username, and of one address, take turns (a concurrency limit of one with a short
/// queue): the failure count is read before the hash and written after it, and taking turns is what
/// keeps a hundred parallel guesses from all reading the same count.
/// </para>
/// </summary>
internal sealed class SignInThrottle : ISignInThrottle, IDisposable
{
    /// <summary>A double click, not a flood: more waiting attempts of one username are refused.</summary>
    private const int UsernameQueue = 4;

    /// <summary>An office behind one address signing in at opening time waits its turn, up to this many.</summary>
    private const int AddressQueue = 64;

    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    private readonly IHttpContextAccessor _http;
    private readonly ILogger<SignInThrottle> _logger;
    private readonly PartitionedRateLimiter<string> _usernameTurns = Turns(UsernameQueue);
    private readonly PartitionedRateLimiter<string> _addressTurns = Turns(AddressQueue);
    private readonly FailureBucket _usernameFailures;
    private readonly FailureBucket _addressFailures;

    public SignInThrottle(IHttpContextAccessor http, IOptions<SignInThrottleOptions> options, ILogger<SignInThrottle> logger)
    {
        _http = http;
        _logger = logger;
        var settings = options.Value;
        _usernameFailures = new FailureBucket(
            settings.UsernameFailures, settings.UsernameRefillSeconds, "Tên đăng nhập này đã bị nhập sai mật khẩu quá nhiều lần.");
        _addressFailures = new FailureBucket(
            settings.AddressFailures, settings.AddressRefillSeconds, "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này.");
    }

    public async ValueTask<ISignInAttempt> BeginAsync(string username, CancellationToken cancellationToken)
    {
        var address = ClientAddress.PartitionKey(_http.HttpContext);
        var turns = new List<RateLimitLease>(2);
        try
        {
            turns.Add(await _addressTurns.AcquireAsync(address, 1, cancellationToken));
            turns.Add(await _usernameTurns.AcquireAsync(username, 1, cancellationToken));
            if (turns.Any(turn => !turn.IsAcquired))
            {
                throw new TooManyAttemptsException(
                    "sign_in_busy", "Đang có quá nhiều yêu cầu đăng nhập cùng lúc. Vui lòng thử lại sau ít giây.", BusyRetryAfter);
            }

            foreach (var (bucket, key) in new[] { (_addressFailures, address), (_usernameFailures, username) })
            {
                if (bucket.IsExhausted(key))
                {
                    _logger.LogWarning("Sign-in throttled for {Username} from {Address}: {Key} failed too often", username, address, key);
                    throw bucket.Refusal();
                }
            }

            return new Attempt(this, username, address, turns);
        }
        catch
        {
            turns.ForEach(turn => turn.Dispose());
            throw;
        }
    }

    public void Dispose()
    {
        _usernameTurns.Dispose();
        _addressTurns.Dispose();
        _usernameFailures.Dispose();
        _addressFailures.Dispose();
    }

    private static PartitionedRateLimiter<string> Turns(int queue) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetConcurrencyLimiter(
            key, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = 1,
                QueueLimit = queue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));

    /// <summary>Failures allowed per key: a token bucket of <c>burst</c> tokens, one back every refill period.</summary>
    private sealed class FailureBucket(int burst, int refillSeconds, string reason) : IDisposable
    {
        private readonly TimeSpan _refill = TimeSpan.FromSeconds(refillSeconds);

        private readonly PartitionedRateLimiter<string> _tokens = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(refillSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

        /// <summary>
        /// Read without taking: a partitioned token bucket refills in fractions, and the statistics
        /// count whole tokens only, which is what the next failure will need.
        /// </summary>
        public bool IsExhausted(string key) => _tokens.GetStatistics(key)?.CurrentAvailablePermits < 1;

        public void Take(string key) => _tokens.AttemptAcquire(key).Dispose();

        /// <summary>Retry-After is one refill period: by then a whole token is back, whatever fraction was left.</summary>
        public TooManyAttemptsException Refusal() => new(
            "sign_in_throttled",
            $"{reason} Vui lòng thử lại sau {Math.Max(1, (int)Math.Ceiling(_refill.TotalMinutes))} phút.",
            _refill);

        public void Dispose() => _tokens.Dispose();
    }

    private sealed class Attempt(SignInThrottle throttle, string username, string address, List<RateLimitLease> turns) : ISignInAttempt
    {
        public void Failed()
        {
            // Both buckets were checked during this turn, so each still has a token to take.
            throttle._addressFailures.Take(address);
            throttle._usernameFailures.Take(username);
        }

        public void Dispose() => turns.ForEach(turn => turn.Dispose());
    }
}
