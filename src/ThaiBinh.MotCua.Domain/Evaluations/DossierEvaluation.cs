using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>
/// Đánh giá của công dân (NĐ 61 Art. 31, TT 01/2018 Art. 13): the answers to the nine indicators, an
/// overall level and an optional comment, given once per dossier after its result was returned, at
/// the desk's tablet or through the link of the returned notice. It names the officers and offices
/// rated, as they were when it was given; it never names the citizen (Art. 27: the assessor's
/// identity is protected).
/// </summary>
public sealed class DossierEvaluation
{
    public const int MaxCommentLength = 1000;

    private DossierEvaluation()
    {
        DossierCode = string.Empty;
        AnswerLetters = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public string DossierCode { get; private set; }

    /// <summary>The nine answers as the form's letters, chỉ số 1 first (e.g. "abbacabca").</summary>
    public string AnswerLetters { get; private set; }

    public IReadOnlyList<EvaluationAnswer> Answers => EvaluationAnswers.FromLetters(AnswerLetters);

    public OverallSatisfaction Overall { get; private set; }

    public string? Comment { get; private set; }

    public EvaluationChannel Channel { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid ReceivedById { get; private set; }

    public Guid ReceivingOfficeId { get; private set; }

    public Guid ReceivingUnitId { get; private set; }

    public Guid ReturnedById { get; private set; }

    public Guid ReturningOfficeId { get; private set; }

    public Guid ReturningUnitId { get; private set; }

    /// <summary>The desk officer whose tablet took the evaluation; null through the link.</summary>
    public Guid? RecordedById { get; private set; }

    /// <summary>
    /// The citizen rates the service of <paramref name="service"/>: only once its result was returned
    /// (status 10). Once per dossier is the store's rule (a unique dossier), since only it sees every
    /// concurrent attempt.
    /// </summary>
    public static DossierEvaluation Give(
        RatedService service,
        IReadOnlyList<EvaluationAnswer> answers,
        OverallSatisfaction overall,
        string? comment,
        EvaluationChannel channel,
        Guid? recordedById,
        DateTimeOffset at)
    {
        if (service.Status != DossierStatus.Returned)
        {
            throw new DomainRuleException(
                "evaluation.not-returned", $"Hồ sơ {service.Code} chưa trả kết quả: chỉ đánh giá được sau khi đã nhận kết quả.");
        }

        if (answers.Count != EvaluationForm.IndicatorCount)
        {
            throw new DomainRuleException(
                "evaluation.answers", $"Phiếu đánh giá phải trả lời đủ {EvaluationForm.IndicatorCount} chỉ số.");
        }

        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text?.Length > MaxCommentLength)
        {
            throw new DomainRuleException("evaluation.comment", $"Ý kiến khác dài tối đa {MaxCommentLength} ký tự.");
        }

        return new DossierEvaluation
        {
            Id = Guid.CreateVersion7(),
            DossierId = service.DossierId,
            DossierCode = service.Code,
            AnswerLetters = EvaluationAnswers.ToLetters(answers),
            Overall = overall,
            Comment = text,
            Channel = channel,
            At = at,
            ReceivedById = service.ReceivedById,
            ReceivingOfficeId = service.ReceivingOfficeId,
            ReceivingUnitId = service.ReceivingUnitId,
            ReturnedById = service.ReturnedById,
            ReturningOfficeId = service.ReturningOfficeId,
            ReturningUnitId = service.ReturningUnitId,
            RecordedById = recordedById,
        };
    }
}
