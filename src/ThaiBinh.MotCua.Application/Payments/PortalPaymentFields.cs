using System.Globalization;
using ThaiBinh.MotCua.Application.NationalPortal;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>The dossier record's fee fields (integrations.md §1.4): the procedure's fees, and whether they were paid online.</summary>
public static class PortalPaymentFields
{
    public static PortalDossierRecord Add(PortalDossierRecord record, FeeSchedule fees, IReadOnlyCollection<PaymentRequest> payments) => record with
    {
        DanhSachLePhi = fees.Collects
            ? [.. fees.Items.Select(i => new PortalFee(
                i.Name, i.Code, ((int)fees.Collection).ToString(CultureInfo.InvariantCulture), PayGovProtocol.Amount(i.AmountVnd), "1"))]
            : null,
        DuocThanhToanTrucTuyen = payments.Count == 0
            ? null
            : payments.Any(p => p.Status == PaymentStatus.Paid && p.Method == PaymentMethod.Online) ? "1" : "3",
    };
}
