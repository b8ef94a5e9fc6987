using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Payments;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>
/// Who may do what with a dossier's fees, in one place. Anyone who sees the dossier sees its fees. The
/// desk that deals with the citizen (reception at the receiving desk, or at the office of the return
/// step) creates an at-receipt request, sends it online and takes cash or a transfer; the office
/// processing the dossier asks for the fees before the result (the request-payment move); a leader of
/// the receiving desk or of the office that decides the dossier refunds.
/// </summary>
public sealed class PaymentAccess(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, DossierAccess dossiers)
{
    public async Task<(OfficerContext Officer, Dossier Dossier, ProcedureVersion Version)> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var dossier = await dossiers.FindVisibleAsync(officer, code, cancellationToken);
        var version = (await reference.CurrentAsync(cancellationToken)).ProcedureVersion(dossier.ProcedureVersionId)
            ?? throw new InvalidOperationException($"The procedure version {dossier.ProcedureVersionId} is not in the reference data.");
        return (officer, dossier, version);
    }

    public async Task<PaymentRequest> RequestOfAsync(Dossier dossier, string id, CancellationToken cancellationToken) =>
        await db.PaymentRequests.SingleOrDefaultAsync(p => p.DossierId == dossier.Id && p.Id == Guid.Parse(id), cancellationToken)
        ?? throw new NotFoundException($"Hồ sơ {dossier.Code} không có yêu cầu thanh toán {id}.");

    public static bool IsDesk(OfficerContext officer, Dossier dossier) =>
        officer.Has(Role.Reception) && (officer.OfficeId == dossier.ReceivingOfficeId || officer.OfficeId == dossier.Steps[^1].OfficeId);

    public static bool MayRefund(OfficerContext officer, Dossier dossier) =>
        officer.Has(Role.Leader) && (officer.OfficeId == dossier.ReceivingOfficeId || officer.OfficeId == dossier.CompetentOfficeId);

    public static void RequireDesk(OfficerContext officer, Dossier dossier)
    {
        if (!IsDesk(officer, dossier))
        {
            throw new DomainRuleException("payment.desk", "Chỉ công chức tiếp nhận và trả kết quả của bộ phận một cửa giữ hồ sơ mới được thu phí, lệ phí.", RuleBreach.NotYours);
        }
    }

    public static void RequireRefunder(OfficerContext officer, Dossier dossier)
    {
        if (!MayRefund(officer, dossier))
        {
            throw new DomainRuleException("payment.refund.role", "Chỉ lãnh đạo của bộ phận tiếp nhận hoặc cơ quan giải quyết hồ sơ mới được hoàn phí.", RuleBreach.NotYours);
        }
    }
}
