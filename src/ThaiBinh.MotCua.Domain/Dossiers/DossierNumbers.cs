using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// The two numbers a dossier gets when the desk logs it, together and once: its code (the day's
/// sequence of the office) and its entry in the office's ledger book of the year (sổ theo dõi hồ sơ,
/// Mẫu 06), which the receipt (Mẫu 01) prints as "Số thứ tự".
/// </summary>
public sealed record DossierNumbers
{
    public DossierNumbers(DossierCode code, int ledgerNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ledgerNumber);
        Code = code;
        LedgerNumber = ledgerNumber;
    }

    public DossierCode Code { get; }

    public int LedgerNumber { get; }

    /// <summary>The ledger book (Quyển số) a receipt at that moment is entered in: the year of receipt in Vietnam.</summary>
    public static int LedgerBookOf(DateTimeOffset receivedAt) => VietnamTime.ToLocal(receivedAt).Year;
}
