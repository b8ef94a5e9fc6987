using Mediator;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Dossiers.Receive;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Application.Dossiers.Guidance;

public sealed class GiveDeskGuidanceCommandHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, TimeProvider clock)
    : ICommandHandler<GiveDeskGuidanceCommand, DeskGuidanceDto>
{
    public async ValueTask<DeskGuidanceDto> Handle(GiveDeskGuidanceCommand command, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        if (!officer.Has(Role.Reception) || officer.OfficeKind == OfficeKind.Department)
        {
            throw new ForbiddenException("Chỉ công chức tiếp nhận tại bộ phận một cửa mới được hướng dẫn bổ sung hồ sơ tại quầy.");
        }

        var snapshot = await reference.CurrentAsync(cancellationToken);
        var office = snapshot.Office(officer.OfficeId) ?? throw new NotSignedInException();
        var version = ReceiveDossierCommandHandler.ProcedureVersion(command.ProcedureCode, command.ProcedureLevel, snapshot.Unit(office.UnitId)?.LevelCode, snapshot, VietnamToday.Of(clock));
        var guidance = DeskGuidance.Give(
            officer.Actor, version, ReceiveDossierCommandHandler.ToApplicant(command.Applicant!), command.Items, command.Reasons, clock.GetUtcNow());
        db.DeskGuidances.Add(guidance);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(guidance, snapshot);
    }

    internal static DeskGuidanceDto ToDto(DeskGuidance guidance, ReferenceSnapshot snapshot) => new(
        guidance.Id,
        guidance.Number,
        snapshot.Office(guidance.OfficeId)!.Code,
        guidance.ProcedureCode,
        snapshot.ProcedureName(guidance.ProcedureVersionId)?.Name ?? guidance.ProcedureCode,
        guidance.Applicant.FullName,
        guidance.Items,
        guidance.Reasons,
        snapshot.Person(guidance.OfficerId)?.FullName ?? "",
        VietnamTime.ToLocal(guidance.At),
        DeskGuidanceRoutes.FormOf(guidance.Id));
}
