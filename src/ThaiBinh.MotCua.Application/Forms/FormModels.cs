namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>The issuing office as the header block of every form names it.</summary>
public sealed record FormIssuer(string ParentAgency, string Office, string Place);

public sealed record FormDocumentLine(string Name, bool Original, int Copies);

/// <summary>Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</summary>
public sealed record ReceiptForm(
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
    string ReceivedBy);

/// <summary>
/// Mẫu 02, 03, 04: a notice to the applicant about one dossier. <c>Grounds</c> is Mẫu 02's "Lý do",
/// why the listed items are needed; <c>Contact</c> whom to ask for guidance.
/// </summary>
public sealed record NoticeForm(
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

/// <summary>Mẫu 05: Phiếu kiểm soát quá trình giải quyết hồ sơ.</summary>
public sealed record ControlSheetForm(
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

/// <summary>Mẫu 06: Sổ theo dõi hồ sơ of an office for a period.</summary>
public sealed record LedgerForm(FormIssuer Issuer, DateOnly From, DateOnly To, IReadOnlyList<LedgerRow> Rows);

/// <summary>Draws the forms as PDF (Infrastructure implements it with PDFsharp).</summary>
public interface IFormPdfRenderer
{
    byte[] Receipt(ReceiptForm form);

    byte[] SupplementRequest(NoticeForm form);

    byte[] Refusal(NoticeForm form);

    byte[] Apology(NoticeForm form);

    byte[] ControlSheet(ControlSheetForm form);

    byte[] Ledger(LedgerForm form);
}
