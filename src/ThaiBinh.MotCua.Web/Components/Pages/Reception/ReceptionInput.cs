using System.Globalization;
using ThaiBinh.MotCua.Application.Dossiers.Receive;
using ThaiBinh.MotCua.Application.Procedures.List;

namespace ThaiBinh.MotCua.Web.Components.Pages.Reception;

/// <summary>What the desk types for one receipt, as the form posts it; turned into the use case's command as is.</summary>
public sealed class ReceptionInput
{
    public const string Citizen = "citizen";
    public const string Organisation = "organisation";

    /// <summary>Made when the empty form is rendered, so a second click on "Tiếp nhận" replays the first instead of receiving twice.</summary>
    public string? IdempotencyKey { get; set; }

    public string ApplicantKind { get; set; } = Citizen;

    public string? FullName { get; set; }

    public string? CitizenId { get; set; }

    /// <summary>
    /// As typed, day first ("01/05/1990" or "01051990"): a browser's date field orders its parts by the
    /// browser's language, and a desk's keyboard routine must not depend on it.
    /// </summary>
    public string? BirthDate { get; set; }

    public string? TaxCode { get; set; }

    public string? Representative { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    /// <summary>The administrative unit the applicant lives in, by code (optional).</summary>
    public string? ApplicantUnitCode { get; set; }

    /// <summary>The unit that decides, when not the desk's own (Decree 118: reception regardless of boundary).</summary>
    public string? CompetentUnitCode { get; set; }

    public List<DocumentLine> Documents { get; set; } = [];

    public string Channel { get; set; } = "direct";

    public string ResultDelivery { get; set; } = "desk";

    public string? Note { get; set; }

    /// <summary>How the citizen wants to be told: none, sms, email or zalo.</summary>
    public string NoticeChannel { get; set; } = "none";

    /// <summary>The mobile number for SMS or Zalo; empty: the applicant's phone.</summary>
    public string? NoticePhone { get; set; }

    /// <summary>The address for email; empty: the applicant's email.</summary>
    public string? NoticeEmail { get; set; }

    /// <summary>Which button sent the form: <see cref="CitizenLookupButton.LookUp"/> for the lookup, otherwise the receipt.</summary>
    public string? Action { get; set; }

    /// <summary>The lookup in the population database the desk made for this applicant, sent with the receipt.</summary>
    public string? PopulationLookupId { get; set; }

    /// <summary>A fresh form for <paramref name="procedure"/>: every document it requires listed, the unconditional ones ticked.</summary>
    public static ReceptionInput For(ProcedureDto procedure) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        Documents = [.. procedure.RequiredDocuments.Select(d => new DocumentLine
        {
            Name = d.Name,
            Received = !d.Conditional,
            Original = d.Original,
            Copies = d.Copies,
        })],
        ResultDelivery = procedure.ResultDelivery.FirstOrDefault() ?? "desk",
    };

    /// <summary>The birth date typed, if it reads as a day; null when empty or unreadable (see <see cref="BirthDateUnreadable"/>).</summary>
    public DateOnly? BirthDay => ReadBirthDate(BirthDate);

    public bool BirthDateUnreadable => ApplicantKind != Organisation && !string.IsNullOrWhiteSpace(BirthDate) && BirthDay is null;

    private static readonly string[] BirthDateFormats = ["d/M/yyyy", "dd/MM/yyyy", "ddMMyyyy", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>A day written day first, or null when empty or unreadable.</summary>
    public static DateOnly? ReadBirthDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), BirthDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Only the fields of the applicant's kind go out, so a value left in the hidden half never reaches the dossier.</summary>
    public ReceiveDossierCommand ToCommand(ProcedureDto procedure)
    {
        var organisation = ApplicantKind == Organisation;
        return new ReceiveDossierCommand(
            procedure.Code,
            procedure.Level,
            new ApplicantInput(
                FullName,
                organisation ? null : CitizenId,
                organisation ? null : BirthDay,
                organisation ? TaxCode : null,
                organisation ? Representative : null,
                Phone,
                Email,
                Address,
                Blank(ApplicantUnitCode)),
            [.. Documents.Where(d => d.Received).Select(d => new DocumentInput(d.Name, d.Copies, d.Original))],
            Channel,
            ResultDelivery,
            Note,
            Blank(CompetentUnitCode),
            Notification(),
            organisation ? null : CitizenLookupButton.IdOf(PopulationLookupId))
        {
            IdempotencyKey = IdempotencyKey,
        };
    }

    /// <summary>The choice, with the applicant's own phone or email where the desk left the notice's empty.</summary>
    private NotificationInput? Notification() => NoticeChannel == "none"
        ? null
        : new NotificationInput(NoticeChannel, Blank(NoticePhone) ?? Blank(Phone), Blank(NoticeEmail) ?? Blank(Email));

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    public sealed class DocumentLine
    {
        public string? Name { get; set; }

        public bool Received { get; set; }

        public bool Original { get; set; }

        public int? Copies { get; set; }
    }
}
