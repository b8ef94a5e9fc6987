using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Domain.Tests.Calendar;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Dossiers;

/// <summary>
/// The people and offices of the dossier tests: the provincial desk, Sở Tư pháp and Công an tỉnh, and
/// the judicial record procedure (10 working days, an inter-agency route).
/// </summary>
internal sealed class DossierScenario
{
    public static readonly Guid Desk = Guid.NewGuid();
    public static readonly Guid Justice = Guid.NewGuid();
    public static readonly Guid Police = Guid.NewGuid();

    public readonly Actor Reception = new(Guid.NewGuid(), Desk, [Role.Reception]);
    public readonly Actor OtherReception = new(Guid.NewGuid(), Desk, [Role.Reception]);
    public readonly Actor JusticeLeader = new(Guid.NewGuid(), Justice, [Role.Leader]);
    public readonly Actor Specialist = new(Guid.NewGuid(), Justice, [Role.Specialist]);
    public readonly Actor OtherSpecialist = new(Guid.NewGuid(), Justice, [Role.Specialist]);

    /// <summary>A leader sitting at the desk, and a clerk at Sở Tư pháp: the right role at the wrong place.</summary>
    public readonly Actor DeskLeader = new(Guid.NewGuid(), Desk, [Role.Leader]);
    public readonly Actor JusticeClerk = new(Guid.NewGuid(), Justice, [Role.Reception]);

    /// <summary>Công an's officer gives the opinion; holding both roles, only office and state can refuse them.</summary>
    public readonly Actor PoliceOfficer = new(Guid.NewGuid(), Police, [Role.Specialist, Role.Leader]);

    public DeadlineRules Rules { get; } = Calendars.Rules();

    public static ProcedureVersion JudicialRecord(SupplementPolicy policy = SupplementPolicy.RestartFromZero) => new(
        "2.000488",
        "province",
        new DateOnly(2019, 1, 1),
        ProcessingLimit.WorkingDays(10),
        200_000,
        null,
        [new RequiredDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", true, 1), new RequiredDocument("Bản chụp CCCD", false, 1)],
        [ResultDelivery.Desk, ResultDelivery.Post],
        handledFullyAtDesk: false,
        policy,
        [
            new RouteStep(StepKind.Receive, RouteStep.Desk, 4),
            new RouteStep(StepKind.Assess, "000.00.02.H54", 24),
            new RouteStep(StepKind.Verify, "000.00.08.H54", 32),
            new RouteStep(StepKind.Approve, "000.00.02.H54", 16),
            new RouteStep(StepKind.Return, RouteStep.Desk, 4),
        ]);

    public static IReadOnlyList<PlannedStep> Steps =>
    [
        new(0, StepKind.Receive, Desk, 4),
        new(1, StepKind.Assess, Justice, 24),
        new(2, StepKind.Verify, Police, 32),
        new(3, StepKind.Approve, Justice, 16),
        new(4, StepKind.Return, Desk, 4),
    ];

    public static Intake Intake(ProcedureVersion? version = null, IReadOnlyList<SubmittedDocument>? documents = null) => new(
        version ?? JudicialRecord(),
        Desk,
        Steps,
        Applicant.Citizen("Nguyễn Văn Ấn", CitizenId.Parse("034090001234"), new DateOnly(1990, 5, 1), "0912345678", null, "Phường Lê Hồng Phong"),
        documents ?? [new SubmittedDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", 1, true), new SubmittedDocument("Bản chụp CCCD", 1, false)],
        Channel.Direct,
        ResultDelivery.Desk,
        null);

    /// <summary>Received Monday 09/03/2026 09:00: due Monday 23/03/2026 09:00.</summary>
    public Dossier Received(SupplementPolicy policy = SupplementPolicy.RestartFromZero) =>
        Dossier.Receive(
            new DossierNumbers(DossierCode.Create("000.00.01.H54", Vn(2026, 3, 9, 9), 1), 1), Intake(JudicialRecord(policy)), Reception, Vn(2026, 3, 9, 9), Rules);

    public Dossier Transferred(SupplementPolicy policy = SupplementPolicy.RestartFromZero)
    {
        var dossier = Received(policy);
        dossier.Transfer(Reception, Vn(2026, 3, 9, 10), Rules);
        return dossier;
    }

    public Dossier Assessed()
    {
        var dossier = Transferred();
        dossier.Assign(JusticeLeader, Specialist.OfficerId, Vn(2026, 3, 9, 11));
        dossier.Assess(Specialist, AssessmentDecision.Approve, null, Vn(2026, 3, 10, 9), Rules);
        return dossier;
    }

    public Dossier Verified()
    {
        var dossier = Assessed();
        dossier.Verify(PoliceOfficer, "Không có án tích", Vn(2026, 3, 13, 9), Rules);
        return dossier;
    }

    public Dossier Approved()
    {
        var dossier = Verified();
        dossier.Approve(JusticeLeader, Vn(2026, 3, 16, 9), Rules);
        return dossier;
    }
}
