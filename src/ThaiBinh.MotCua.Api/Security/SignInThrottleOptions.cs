namespace ThaiBinh.MotCua.Api.Security;

/// <summary>
/// Failed sign-ins allowed before the throttle holds an attempt back, as token buckets: a username may
/// fail <see cref="UsernameFailures"/> times in a row, then once more every
/// <see cref="UsernameRefillSeconds"/>; an address likewise with its own, larger figures.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    public int UsernameFailures { get; init; } = 5;

    public int UsernameRefillSeconds { get; init; } = 120;

    public int AddressFailures { get; init; } = 20;

    public int AddressRefillSeconds { get; init; } = 30;
}
