using ThaiBinh.MotCua.Application.Common.Regimes;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>
/// The issuing office as the header block of every form names it: the people's committees above it,
/// highest first ("Ủy ban nhân dân tỉnh Hưng Yên", "Ủy ban nhân dân phường Thái Bình"), its own name, its place.
/// </summary>
public sealed record FormIssuer(IReadOnlyList<string> Committees, string Office, string Place);

public sealed record FormDocumentLine(string Name, bool Original, int Copies);

/// <summary>Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
public sealed record ReceiptForm(
    FormHeading Heading,
    FormIssuer Issuer,
    string Code,
    string ApplicantName,
    string? CitizenIdOrTaxCode,
    string? Address,
    string? Phone,
    string? Email,
    string Procedure,
    IReadOnlyList<FormDocumentLine> Documents,
    int Sets,
    string Limit,
    string Fee,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    string Delivery,
    int LedgerBook,
    int LedgerNumber,
    string LookupUrl,
    string ReceivedBy,
    string Notice);

/// <summary>
/// Mẫu 02, 03, 04 (and Mẫu 05 of TT 03/2025, the stop notice): a notice to the applicant about one
/// dossier. <see cref="Contact"/> is whom the applicant asks for guidance (Mẫu 02), <see cref="Grounds"/>
/// Mẫu 02's "Lý do", why the listed items are needed.
/// </summary>
public sealed record NoticeForm(
    FormHeading Heading,
    FormIssuer Issuer,
    string Code,
    string ApplicantName,
    string? Address,
    string? Phone,
    string? Email,
    string Procedure,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? OriginalDueAt,
    DateTimeOffset? NewDueAt,
    string Reasons,
    DateTimeOffset IssuedAt,
    string SignedBy,
    string? Contact,
    string? Grounds = null);

public sealed record ControlSheetRow(
    string FromOffice, string? FromOfficer, string ToOffice, string? ToOfficer, DateTimeOffset HandedAt, DateTimeOffset DueAt, string Result, string? Note);

/// <summary>Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05 of TT 01/2018, Mẫu 06 of TT 03/2025).</summary>
public sealed record ControlSheetForm(
    FormHeading Heading,
    FormIssuer Issuer,
    string Code,
    string ApplicantName,
    string Procedure,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    string LeadOffice,
    IReadOnlyList<string> CoOffices,
    IReadOnlyList<ControlSheetRow> Rows);

/// <summary>A line of Mẫu 06: a dossier (with its entry number and code) or a desk guidance (without either).</summary>
public sealed record LedgerRow(
    int? Number,
    string Code,
    string Procedure,
    int Sets,
    string Applicant,
    string Contact,
    string LeadOffice,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? TransferredAt,
    DateTimeOffset? ResultReadyAt,
    DateTimeOffset? ReturnedAt,
    string? Note);

/// <summary>
/// Sổ theo dõi hồ sơ of an office for a period (Mẫu 06 of TT 01/2018, Mẫu 07 of TT 03/2025).
/// <see cref="LedgerRow.LeadOffice"/> is the "Cơ quan chủ trì giải quyết": the office of the route's
/// deciding step, not the desk that received the dossier.
/// </summary>
public sealed record LedgerForm(FormHeading Heading, FormIssuer Issuer, DateOnly From, DateOnly To, IReadOnlyList<LedgerRow> Rows);

/// <summary>Draws the forms as PDF (Infrastructure implements it with PDFsharp).</summary>
public interface IFormPdfRenderer
{
    byte[] Receipt(ReceiptForm form);

    byte[] SupplementRequest(NoticeForm form);

    byte[] Refusal(NoticeForm form);

    byte[] Apology(NoticeForm form);

    byte[] StopNotice(NoticeForm form);

    byte[] ControlSheet(ControlSheetForm form);

    byte[] Ledger(LedgerForm form);
}
