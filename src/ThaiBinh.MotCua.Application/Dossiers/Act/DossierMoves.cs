using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Dossiers.Act;

/// <summary>What a move needs to be applied: the dossier, the officer, the body, the rules and the time.</summary>
public sealed record MoveContext(Dossier Dossier, Actor Actor, ActOnDossierCommand Body, DeadlineRules Rules, DateTimeOffset Now, Guid? AssigneeId);

/// <summary>A move: which roles may make it, its Vietnamese name, and the domain call it makes.</summary>
public sealed record DossierMove(string Action, string Label, IReadOnlyList<Role> Roles, Action<MoveContext> Apply);

/// <summary>The table of every move on a dossier over HTTP.</summary>
public static class DossierMoves
{
    public static readonly IReadOnlyDictionary<string, DossierMove> All = new DossierMove[]
    {
        new("transfer", "chuyển hồ sơ đi xử lý", [Role.Reception], m => m.Dossier.Transfer(m.Actor, m.Now, m.Rules)),
        new("assign", "phân công xử lý", [Role.Leader], m => m.Dossier.Assign(m.Actor, m.AssigneeId!.Value, m.Now)),
        new("assess", "thẩm định", [Role.Specialist], m => m.Dossier.Assess(m.Actor, Decision(m.Body.Decision), m.Body.Reason ?? m.Body.Items, m.Now, m.Rules)),
        new("verify", "cho ý kiến thẩm tra, xác minh", [Role.Specialist, Role.Leader], m => m.Dossier.Verify(m.Actor, m.Body.Note, m.Now, m.Rules)),
        new("approve", "phê duyệt", [Role.Leader], m =>
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
        new("return", "trả kết quả", [Role.Reception], m => m.Dossier.Return(m.Actor, m.Body.ReceivedBy, m.Now)),
        new("request-supplement", "yêu cầu bổ sung hồ sơ", [Role.Specialist], m => m.Dossier.RequestSupplement(m.Actor, m.Body.Items, m.Now, m.Rules)),
        new("supplement", "nhận hồ sơ bổ sung", [Role.Reception, Role.Specialist], m => m.Dossier.Supplement(m.Actor, m.Now, m.Rules, m.Body.Note)),
        new("refuse", "từ chối giải quyết", [Role.Leader], m => m.Dossier.Refuse(m.Actor, m.Body.Reason, m.Now, m.Rules)),
        new("extend", "xin lỗi và hẹn lại ngày trả", [Role.Leader, Role.Reception], m => m.Dossier.Extend(m.Actor, m.Body.NewDueAt!.Value, m.Body.Reason, m.Now, m.Rules)),
        new("withdraw", "rút hồ sơ theo yêu cầu của công dân", [Role.Reception], m => m.Dossier.Withdraw(m.Actor, m.Body.Reason, m.Now)),
        new("stop", "dừng xử lý hồ sơ", [Role.Leader], m => m.Dossier.Stop(m.Actor, m.Body.Reason, m.Now)),
    }.ToDictionary(m => m.Action);

    public static AssessmentDecision Decision(string? decision) => decision switch
    {
        "reject" => AssessmentDecision.Reject,
        "request-supplement" => AssessmentDecision.RequestSupplement,
        _ => AssessmentDecision.Approve,
    };
}
