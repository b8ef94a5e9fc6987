namespace ThaiBinh.MotCua.Domain.Common;

/// <summary>
/// A business rule refused an action. <see cref="Rule"/> is a stable machine name
/// (e.g. "dossier.extension.once"); the message is Vietnamese and says what rule was broken;
/// <see cref="Breach"/> says whether it was "not yours" or "not now".
/// </summary>
public sealed class DomainRuleException(string rule, string message, RuleBreach breach = RuleBreach.NotNow) : Exception(message)
{
    public string Rule { get; } = rule;

    public RuleBreach Breach { get; } = breach;
}

/// <summary>How a rule was broken: the answer differs (403 or 409), and so does what the officer can do.</summary>
public enum RuleBreach
{
    /// <summary>The state does not allow it now; it may later.</summary>
    NotNow,

    /// <summary>Not this officer's to do: wrong role, office or assignee, whatever the state.</summary>
    NotYours,
}
