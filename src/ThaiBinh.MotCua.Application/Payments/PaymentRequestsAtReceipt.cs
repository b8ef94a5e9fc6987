using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Payments;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>A procedure that collects at receipt gets its payment request with the dossier, in the receipt's save.</summary>
public static class PaymentRequestsAtReceipt
{
    public static void Add(IMotCuaDbContext db, Dossier dossier, ProcedureVersion version, Guid officerId, DateTimeOffset now)
    {
        if (dossier.Status == DossierStatus.Received && version.Fees.Collects && version.Fees.Collection == FeeCollection.AtReceipt)
        {
            db.PaymentRequests.Add(new PaymentRequest(dossier.Id, dossier.Code, version.Fees, officerId, now));
        }
    }
}
