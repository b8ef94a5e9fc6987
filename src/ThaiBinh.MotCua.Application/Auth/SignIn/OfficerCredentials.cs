using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Auth.SignIn;

/// <summary>A username and password as a sign-in form or the token endpoint sends them.</summary>
public interface ISignInRequest
{
    string? Username { get; }

    string? Password { get; }
}

/// <summary>
/// The one check of a username and password, for the API's token and the pages' cookie alike:
/// throttled, timed the same for unknown accounts (a decoy hash), rehashing old hashes, recording
/// the sign-in.
/// </summary>
public sealed class OfficerCredentials(
    IMotCuaDbContext db,
    IPasswordHasher passwordHasher,
    ISignInThrottle throttle,
    TimeProvider clock,
    ILogger<OfficerCredentials> logger)
{
    public async Task<(Officer Officer, OfficerProfileDto Profile)> CheckAsync(ISignInRequest request, CancellationToken cancellationToken)
    {
        var username = Officer.NormalizeUsername(request.Username!);
        var password = request.Password!;
        using var attempt = await throttle.BeginAsync(username, cancellationToken);
        var officer = await db.Officers.SingleOrDefaultAsync(o => o.Username == username && o.IsActive, cancellationToken);

        var check = PasswordCheck.Failed;
        if (officer is null)
        {
            passwordHasher.CheckAgainstDecoy(password);
        }
        else
        {
            check = passwordHasher.Check(officer.PasswordHash, password);
        }

        if (officer is null || check == PasswordCheck.Failed)
        {
            attempt.Failed();
            logger.LogWarning("Sign-in refused for {Username}", username);
            throw new InvalidCredentialsException();
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            officer.SetPasswordHash(passwordHasher.Hash(password));
        }

        officer.RecordSignIn(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var profile = await OfficerProfiles.LoadAsync(db, officer.Id, cancellationToken)
            ?? throw new InvalidCredentialsException();
        return (officer, profile);
    }
}
