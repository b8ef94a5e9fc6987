using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers;

public sealed record StatusDto(int Code, string Key, string Label)
{
    public static StatusDto Of(DossierStatus status) => new((int)status, status.ToString(), status.Label());
}

public sealed record NamedDto(string Code, string Name);

public sealed record PersonDto(string Username, string FullName);

public sealed record StepDto(int Index, string Kind, string Label);

/// <summary>Time left before the due moment, or how late, in working days and hours (8 hours a day).</summary>
public sealed record TimeLeftDto(bool Late, int WorkingDays, double WorkingHours, string Text);

/// <summary>
/// A dossier as a line of a work queue, and as the answer to a receipt. <see cref="TimeLeft"/> is null
/// once the clock has stopped (result ready, closed) and for a dossier with no due moment.
/// Three separate facts (Decree 118): <see cref="ReceivingOffice"/> took the dossier in and returns the
/// result, <see cref="CompetentOffice"/> decides it, <see cref="ApplicantUnit"/> is where the applicant
/// lives (null when the desk did not record it).
/// </summary>
public sealed record DossierSummaryDto(
    string Code,
    StatusDto Status,
    NamedDto Procedure,
    string ApplicantName,
    NamedDto ReceivingOffice,
    NamedDto CurrentOffice,
    StepDto CurrentStep,
    PersonDto? Assignee,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    bool Overdue,
    int Version,
    TimeLeftDto? TimeLeft,
    NamedDto CompetentOffice,
    NamedDto? ApplicantUnit);

public sealed record HandoffDto(
    int Sequence,
    StepDto Step,
    NamedDto? FromOffice,
    PersonDto? FromOfficer,
    NamedDto ToOffice,
    PersonDto? ToOfficer,
    DateTimeOffset HandedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? CompletedAt,
    string? Timeliness);

/// <summary>One line of the history; <c>Label</c> names the action in Vietnamese, as the move's own label does.</summary>
public sealed record HistoryDto(int Sequence, string Action, string Label, PersonDto? Officer, DateTimeOffset At, StatusDto? FromStatus, StatusDto ToStatus, string? Note);

public sealed record ApplicantDto(
    string FullName, string? CitizenId, DateOnly? BirthDate, string? TaxCode, string? Representative, string? Phone, string? Email, string? Address);

public sealed record DossierDetailDto(
    DossierSummaryDto Summary,
    TimeLeftDto? TimeLeft,
    ApplicantDto Applicant,
    IReadOnlyList<SubmittedDocument> Documents,
    string Channel,
    string ResultDelivery,
    string? Note,
    DateTimeOffset? PausedAt,
    int SupplementRequestCount,
    string? SupplementItems,
    string? SupplementReasons,
    DateTimeOffset? ExtendedTo,
    string? ExtensionReason,
    string Outcome,
    string? Reasons,
    DateTimeOffset? FinishedAt,
    string? ReturnedTo,
    string? ReturnTimeliness,
    IReadOnlyList<StepDto> Route,
    IReadOnlyList<HandoffDto> Handoffs,
    IReadOnlyList<HistoryDto> History,
    IReadOnlyList<Forms.PrintableForm> Forms,
    NoticeChoiceDto Notification,
    IdentityVerificationDto Identity);

/// <summary>
/// Whether the applicant was verified against the national population database (CSDLQG về dân cư):
/// when, by which logged lookup, and <c>Text</c> as the dossier page says it.
/// </summary>
public sealed record IdentityVerificationDto(bool Verified, DateTimeOffset? VerifiedAt, Guid? LookupId, string Text)
{
    public const string VerifiedText = "Đã xác thực với CSDLQG về dân cư";
    public const string NotVerifiedText = "Chưa xác thực";

    public static IdentityVerificationDto Of(Dossier dossier) =>
        new(dossier.IdentityVerified, dossier.IdentityVerifiedAt, dossier.IdentityLookupId, dossier.IdentityVerified ? VerifiedText : NotVerifiedText);
}

/// <summary>How the citizen chose to be told: <c>Channel</c> none, sms, email or zalo; <c>Text</c> as the receipt prints it.</summary>
public sealed record NoticeChoiceDto(string Channel, string? Phone, string? Email, string Text)
{
    public static NoticeChoiceDto Of(Domain.Notices.NoticeChoice choice) =>
        new(Notices.NoticeChoiceText.Key(choice.Channel), choice.Phone, choice.Email, Notices.NoticeChoiceText.Describe(choice));
}
