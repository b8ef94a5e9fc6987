namespace ThaiBinh.MotCua.Domain.Common;

/// <summary>
/// A business rule refused an action. <see cref="Rule"/> is a stable machine name
/// (e.g. "dossier.extension.once"); the message is Vietnamese and says what rule was broken.
/// </summary>
public sealed class DomainRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
