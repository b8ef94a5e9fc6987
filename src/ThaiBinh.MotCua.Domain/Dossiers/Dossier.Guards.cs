using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    private void EnsureStatus(string action, params DossierStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException(
                $"dossier.{action}.status",
                $"Không thể {ActionLabel(action)} khi hồ sơ ở trạng thái \"{Status.Label()}\".");
        }
    }

    private void EnsureStepKind(string action, params StepKind[] allowed)
    {
        if (!allowed.Contains(CurrentStep.Kind))
        {
            throw new DomainRuleException(
                $"dossier.{action}.step",
                $"Không thể {ActionLabel(action)} ở bước \"{CurrentStep.Kind.Label()}\" của quy trình.");
        }
    }

    private void EnsureAtStepOffice(Actor actor, string message)
    {
        if (actor.OfficeId != CurrentStep.OfficeId)
        {
            throw new DomainRuleException("dossier.office", message);
        }
    }

    /// <summary>The officer must sit at the step's office; an unassigned step is taken by whoever acts.</summary>
    private void TakeCurrentStep(Actor actor)
    {
        EnsureAtStepOffice(actor, NotAtYourOffice);
        var handoff = LastHandoff;
        if (handoff.ToOfficerId is { } holder && holder != actor.OfficerId)
        {
            throw new DomainRuleException("dossier.assignee", "Hồ sơ đã được phân công cho cán bộ khác.");
        }

        handoff.AssignTo(actor.OfficerId);
    }

    private void Record(string action, Actor? actor, DateTimeOffset at, DossierStatus? before, string? note)
    {
        _actions.Add(new DossierAction(_actions.Count + 1, action, actor?.OfficerId, at, before, Status, note));
        Version++;
    }

    private static string RequireText(string? text, string rule, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(rule, message);
        }

        var trimmed = text.Trim();
        return trimmed.Length <= MaxReasonLength
            ? trimmed
            : throw new DomainRuleException(rule, $"Nội dung dài tối đa {MaxReasonLength} ký tự.");
    }

    private static string ActionLabel(string action) => action switch
    {
        "transfer" => "chuyển hồ sơ",
        "assign" => "phân công xử lý",
        "assess" => "thẩm định",
        "request-supplement" => "yêu cầu bổ sung",
        "supplement" => "nhận hồ sơ bổ sung",
        "verify" => "cho ý kiến thẩm tra",
        "approve" => "phê duyệt",
        "send-back" => "trả lại hồ sơ cho chuyên viên",
        "return" => "trả kết quả",
        "extend" => "gia hạn",
        "refuse" => "từ chối giải quyết",
        "withdraw" => "rút hồ sơ",
        _ => "dừng xử lý",
    };
}
