namespace ThaiBinh.MotCua.Domain.Officers;

/// <summary>A civil servant with an account: belongs to one office and holds one or more roles.</summary>
public sealed class Officer
{
    public const int MaxUsernameLength = 64;
    public const int MaxFullNameLength = 128;
    public const int MaxEmailLength = 200;

    private readonly List<Role> _roles = [];

    private Officer()
    {
        Username = string.Empty;
        FullName = string.Empty;
        PasswordHash = string.Empty;
    }

    public Officer(string username, string fullName, Guid officeId, IEnumerable<Role> roles, string passwordHash)
    {
        Id = Guid.CreateVersion7();
        Username = NormalizeUsername(username);
        FullName = string.Empty;
        PasswordHash = string.Empty;
        IsActive = true;
        AssignTo(fullName, officeId, roles);
        SetPasswordHash(passwordHash);
    }

    public Guid Id { get; private set; }

    /// <summary>Lower-case sign-in name, unique.</summary>
    public string Username { get; private set; }

    public string FullName { get; private set; }

    public Guid OfficeId { get; private set; }

    public IReadOnlyList<Role> Roles => _roles;

    public string PasswordHash { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Where the officer's digests go (overdue dossiers for a supervisor, due-soon ones for a handler); null: none sent.</summary>
    public string? Email { get; private set; }

    /// <summary>When the officer last signed in successfully; null if never.</summary>
    public DateTimeOffset? LastSignedInAt { get; private set; }

    /// <summary>The one spelling of a username that is stored and compared.</summary>
    public static string NormalizeUsername(string username)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        return username.Trim().ToLowerInvariant();
    }

    public bool HasRole(Role role) => _roles.Contains(role);

    public void AssignTo(string fullName, Guid officeId, IEnumerable<Role> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        var distinctRoles = roles.Distinct().Order().ToList();
        if (distinctRoles.Count == 0)
        {
            throw new ArgumentException("Cán bộ phải có ít nhất một vai trò.", nameof(roles));
        }

        FullName = fullName.Trim();
        OfficeId = officeId;
        _roles.Clear();
        _roles.AddRange(distinctRoles);
    }

    public void SetEmail(string? email) => Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    public void RecordSignIn(DateTimeOffset at) => LastSignedInAt = at;

    /// <summary>The account stops signing in and every session of it ends; its history stays.</summary>
    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    public void SetPasswordHash(string passwordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        PasswordHash = passwordHash;
    }
}
