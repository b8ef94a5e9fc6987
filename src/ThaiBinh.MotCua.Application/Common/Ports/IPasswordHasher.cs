namespace ThaiBinh.MotCua.Application.Common.Ports;

public enum PasswordCheck
{
    Failed,
    Succeeded,

    /// <summary>Correct, but hashed with parameters weaker than today's: store a fresh hash.</summary>
    SucceededRehashNeeded,
}

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Check(string passwordHash, string password);

    /// <summary>
    /// Spends the same work as <see cref="Check"/> on a throw-away hash, so that an unknown
    /// username takes as long to refuse as a wrong password.
    /// </summary>
    void CheckAgainstDecoy(string password);
}
