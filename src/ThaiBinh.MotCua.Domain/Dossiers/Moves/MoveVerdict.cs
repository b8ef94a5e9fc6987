using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Dossiers.Moves;

/// <summary>Whether an officer may make a move now and, when not, which rule says no and why.</summary>
public sealed record MoveVerdict(MoveRule Move, string? Rule, string? Reason, RuleBreach Breach)
{
    public bool Allowed => Rule is null;

    public static MoveVerdict Allow(MoveRule move) => new(move, null, null, RuleBreach.NotNow);

    public DomainRuleException ToException() =>
        Allowed ? throw new InvalidOperationException($"The move {Move.Name} is allowed.") : new DomainRuleException(Rule!, Reason!, Breach);
}
