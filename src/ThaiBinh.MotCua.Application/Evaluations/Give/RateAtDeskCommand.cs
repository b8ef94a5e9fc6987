using FluentValidation;
using Mediator;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Evaluations;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Evaluations.Give;

/// <summary>
/// The citizen rates on the tablet facing them at the desk that returned the result; the tablet is
/// signed in as that desk's reception officer, who records nothing but the citizen's answers.
/// </summary>
public sealed record RateAtDeskCommand(string Code, IReadOnlyDictionary<string, string?>? Answers, string? Overall, string? Comment)
    : ICommand<EvaluationDto>, IEvaluationAnswers;

public sealed class RateAtDeskCommandValidator : AbstractValidator<RateAtDeskCommand>
{
    public RateAtDeskCommandValidator()
    {
        RuleFor(c => c.Code).SingleLineText();
        this.AddEvaluationRules();
    }
}

public sealed class RateAtDeskCommandHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess access, TimeProvider clock)
    : ICommandHandler<RateAtDeskCommand, EvaluationDto>
{
    public async ValueTask<EvaluationDto> Handle(RateAtDeskCommand command, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var rated = await DeskEvaluations.FindAsync(db, officer, reference, access, command.Code, cancellationToken);
        return await EvaluationRecorder.RecordAsync(db, rated.Service, command, EvaluationChannel.Desk, officer.OfficerId, clock.GetUtcNow(), cancellationToken);
    }
}

/// <summary>Which dossiers a desk's tablet may rate: those its officer may see, returned at their office, by a reception officer.</summary>
internal static class DeskEvaluations
{
    public static async Task<RatedDossier> FindAsync(
        IMotCuaDbContext db, OfficerContext officer, IReferenceData reference, DossierAccess access, string code, CancellationToken cancellationToken)
    {
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var visible = await access.VisibleToAsync(officer, cancellationToken);
        var trimmed = code.Trim();
        var rated = await RatedServices.FindAsync(visible.Where(d => d.Code == trimmed), snapshot, cancellationToken)
            ?? throw new NotFoundException($"Không tìm thấy hồ sơ {trimmed} trong phạm vi của bạn.");
        if (!officer.Has(Role.Reception) || officer.OfficeId != rated.Service.ReturningOfficeId)
        {
            throw new ForbiddenException("Chỉ công chức tiếp nhận và trả kết quả của bộ phận đã trả kết quả hồ sơ mới được mở phiếu đánh giá tại quầy.");
        }

        return rated;
    }
}
