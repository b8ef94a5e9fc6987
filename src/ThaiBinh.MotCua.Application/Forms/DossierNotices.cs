using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Reference;
using ThaiBinh.MotCua.Application.Common.Regimes;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>Officers' full names as the forms print them: empty for nobody.</summary>
internal sealed record OfficerNames(ReferenceSnapshot Reference)
{
    public string Of(Guid? officerId) => officerId is { } id ? Reference.Person(id)?.FullName ?? "" : "";
}

/// <summary>
/// The notices of one dossier (Mẫu 02–04, and the stop notice of TT 03/2025), printable only once
/// their action and reasons exist (<see cref="PrintableForms"/>). Each is dated by its action, and its
/// header follows the office and the period of that day.
/// </summary>
internal sealed class DossierNotices(Dossier dossier, string procedure, FormHeading heading, ReferenceSnapshot reference, IRegimes regimes)
{
    public OfficerNames Names { get; } = new(reference);

    /// <summary>Issued by the desk that received the dossier: the refusal.</summary>
    public NoticeForm FromDesk(string form) => Notice(form, dossier.ReceivingOfficeId, contact: null);

    /// <summary>
    /// Issued by the office holding the dossier when the action was taken, signed by whoever took it:
    /// the apology (Art. 19: the processing agency asks for the extension, its leader signs) and the stop notice.
    /// </summary>
    public NoticeForm FromProcessingOffice(string form) => Notice(form, HolderAt(Cause(form).At), contact: null);

    /// <summary>
    /// Mẫu 02 states why the items are needed and names the officer who asked for the supplement, and
    /// their office, as the one to contact (Art. 15(3), 17(2)(a)).
    /// </summary>
    public NoticeForm SupplementRequest()
    {
        const string form = "supplement-request";
        var cause = Cause(form);
        var contact = PrintableForms.ContactOf(Names.Of(cause.OfficerId), reference.Office(HolderAt(cause.At))!.Name);
        return Notice(form, dossier.ReceivingOfficeId, contact) with { Grounds = dossier.SupplementReasons };
    }

    private NoticeForm Notice(string form, Guid issuingOfficeId, string? contact)
    {
        var cause = Cause(form);
        var applicant = dossier.Applicant;
        return new NoticeForm(
            heading,
            FormIssuers.ForOffice(reference, issuingOfficeId, regimes.At(cause.At)),
            dossier.Code,
            applicant.FullName,
            applicant.Address,
            applicant.Phone,
            applicant.Email,
            procedure,
            dossier.ReceivedAt,
            dossier.DueBeforeExtension,
            dossier.ExtendedTo,
            PrintableForms.ReasonsOf(dossier, form)!,
            cause.At,
            Names.Of(cause.OfficerId),
            contact);
    }

    private DossierAction Cause(string form) => PrintableForms.CauseOf(dossier, form)!;

    /// <summary>The office the dossier had been handed to at <paramref name="at"/> (the desk before any hand-off).</summary>
    private Guid HolderAt(DateTimeOffset at) =>
        dossier.Handoffs.LastOrDefault(h => h.HandedAt <= at)?.ToOfficeId ?? dossier.ReceivingOfficeId;
}
