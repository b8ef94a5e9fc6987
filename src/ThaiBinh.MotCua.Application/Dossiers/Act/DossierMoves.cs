using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;

namespace ThaiBinh.MotCua.Application.Dossiers.Act;

/// <summary>What a move needs to be applied: the dossier, the officer, the body, the rules and the time.</summary>
public sealed record MoveContext(Dossier Dossier, Actor Actor, ActOnDossierCommand Body, DeadlineRules Rules, DateTimeOffset Now, Guid? AssigneeId);

/// <summary>
/// A move as the API names it: the domain rule that governs it (which may depend on the body, as the
/// leader's send-back does) and the intent method it calls.
/// </summary>
public sealed record DossierMove(string Action, MoveRule Rule, Action<MoveContext> Apply)
{
    /// <summary>The rule this request is judged by: a send-back is judged as itself, not as an approval.</summary>
    public MoveRule RuleFor(ActOnDossierCommand command) =>
        Action == "approve" && command.Decision == "send-back" ? DossierMoveRules.SendBack : Rule;
}

/// <summary>The moves on a dossier over HTTP; who may make them, where and when is the domain's table.</summary>
public static class DossierMoves
{
    public static readonly IReadOnlyDictionary<string, DossierMove> All = new DossierMove[]
    {
        new("transfer", DossierMoveRules.Transfer, m => m.Dossier.Transfer(m.Actor, m.Now, m.Rules)),
        new("assign", DossierMoveRules.Assign, m => m.Dossier.Assign(m.Actor, m.AssigneeId!.Value, m.Now)),
        new("assess", DossierMoveRules.Assess, m => m.Dossier.Assess(m.Actor, Decision(m.Body.Decision), m.Body.Reason, m.Now, m.Rules, m.Body.Items)),
        new("verify", DossierMoveRules.Verify, m => m.Dossier.Verify(m.Actor, m.Body.Note, m.Now, m.Rules)),
        new("approve", DossierMoveRules.Approve, m =>
        {
            if (m.Body.Decision == "send-back")
            {
                m.Dossier.SendBack(m.Actor, m.Body.Reason, m.Now, m.Rules);
            }
            else
            {
                m.Dossier.Approve(m.Actor, m.Now, m.Rules);
            }
        }),
        new("return", DossierMoveRules.Return, m => m.Dossier.Return(m.Actor, m.Body.ReceivedBy, m.Now)),
        new("request-supplement", DossierMoveRules.RequestSupplement, m => m.Dossier.RequestSupplement(m.Actor, m.Body.Items, m.Body.Reason, m.Now, m.Rules)),
        new("supplement", DossierMoveRules.Supplement, m => m.Dossier.Supplement(m.Actor, m.Now, m.Rules, m.Body.Note)),
        new("refuse", DossierMoveRules.Refuse, m => m.Dossier.Refuse(m.Actor, m.Body.Reason, m.Now, m.Rules)),
        new("extend", DossierMoveRules.Extend, m => m.Dossier.Extend(m.Actor, m.Body.NewDueAt!.Value, m.Body.Reason, m.Now, m.Rules)),
        new("withdraw", DossierMoveRules.Withdraw, m => m.Dossier.Withdraw(m.Actor, m.Body.Reason, m.Now)),
        new("stop", DossierMoveRules.Stop, m => m.Dossier.Stop(m.Actor, m.Body.Reason, m.Now)),
    }.ToDictionary(m => m.Action);

    public static AssessmentDecision Decision(string? decision) => decision switch
    {
        "reject" => AssessmentDecision.Reject,
        "request-supplement" => AssessmentDecision.RequestSupplement,
        _ => AssessmentDecision.Approve,
    };
}
