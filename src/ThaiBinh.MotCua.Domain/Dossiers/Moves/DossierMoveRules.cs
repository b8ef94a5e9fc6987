using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;
using static ThaiBinh.MotCua.Domain.Dossiers.DossierStatus;

namespace ThaiBinh.MotCua.Domain.Dossiers.Moves;

/// <summary>
/// The one table of who may move a dossier, where and when. The dossier's intent methods enforce it,
/// and the same rules answer which moves an officer may make now, so a screen and the server cannot
/// disagree.
/// </summary>
public static class DossierMoveRules
{
    private const string HeldElsewhere = "Hồ sơ không ở cơ quan của cán bộ này.";

    /// <summary>Statuses a dossier can be withdrawn or stopped in: still being handled, not yet decided.</summary>
    private static readonly DossierStatus[] Cancellable = [Received, InProgress, SupplementRequested, FinancialObligation];

    public static readonly MoveRule Transfer = new(
        "transfer", "chuyển hồ sơ đi xử lý", [Role.Reception], MoveOffice.CurrentStep,
        "Chỉ bộ phận đã tiếp nhận hồ sơ mới được chuyển hồ sơ đi xử lý.", [Received], [StepKind.Receive]);

    public static readonly MoveRule Assign = new(
        "assign", "phân công xử lý", [Role.Leader], MoveOffice.CurrentStep,
        "Chỉ cơ quan đang giữ hồ sơ mới được phân công xử lý.", [InProgress], [StepKind.Assess, StepKind.Verify, StepKind.Approve]);

    public static readonly MoveRule Assess = new(
        "assess", "thẩm định", [Role.Specialist], MoveOffice.CurrentStep, HeldElsewhere, [InProgress], [StepKind.Assess], TakesStep: true);

    public static readonly MoveRule RequestSupplement = new(
        "request-supplement", "yêu cầu bổ sung hồ sơ", [Role.Specialist], MoveOffice.CurrentStep, HeldElsewhere,
        [InProgress], [StepKind.Assess, StepKind.Verify], TakesStep: true);

    /// <summary>The citizen brings the supplement to the desk or to the processing office.</summary>
    public static readonly MoveRule Supplement = new(
        "supplement", "nhận hồ sơ bổ sung", [Role.Reception, Role.Specialist], MoveOffice.ReceivingDeskOrCurrentStep,
        "Giấy tờ bổ sung được nhận tại bộ phận tiếp nhận hoặc cơ quan đang xử lý hồ sơ.", [SupplementRequested], []);

    public static readonly MoveRule Verify = new(
        "verify", "cho ý kiến thẩm tra, xác minh", [Role.Specialist, Role.Leader], MoveOffice.CurrentStep, HeldElsewhere,
        [InProgress], [StepKind.Verify], TakesStep: true);

    public static readonly MoveRule Approve = new(
        "approve", "phê duyệt", [Role.Leader], MoveOffice.CurrentStep, HeldElsewhere, [InProgress], [StepKind.Approve], TakesStep: true);

    public static readonly MoveRule SendBack = new(
        "send-back", "trả lại hồ sơ cho chuyên viên", [Role.Leader], MoveOffice.CurrentStep, HeldElsewhere,
        [InProgress], [StepKind.Approve], TakesStep: true);

    public static readonly MoveRule Refuse = new(
        "refuse", "từ chối giải quyết", [Role.Leader], MoveOffice.CurrentStep,
        "Chỉ cơ quan đang xử lý hồ sơ mới được từ chối giải quyết.", [InProgress], [StepKind.Assess, StepKind.Verify, StepKind.Approve]);

    public static readonly MoveRule Return = new(
        "return", "trả kết quả", [Role.Reception], MoveOffice.CurrentStep,
        "Chỉ bộ phận trả kết quả của hồ sơ mới được trả kết quả.", [ResultReady], [StepKind.Return]);

    /// <summary>
    /// The apology and new appointment (Art. 19(9)) are issued by the processing agency, which holds the
    /// dossier: its leader signs Mẫu 04. The desk only passes the new appointment on, so neither its
    /// reception officers nor a dossier still at the desk can issue one.
    /// </summary>
    public static readonly MoveRule Extend = new(
        "extend", "xin lỗi và hẹn lại ngày trả", [Role.Leader], MoveOffice.CurrentStep,
        "Chỉ lãnh đạo cơ quan đang giải quyết hồ sơ mới được xin lỗi và hẹn lại ngày trả kết quả.", [InProgress, SupplementRequested], []);

    /// <summary>The citizen asks to withdraw at the desk that received the dossier, wherever it is being processed.</summary>
    public static readonly MoveRule Withdraw = new(
        "withdraw", "rút hồ sơ theo yêu cầu của công dân", [Role.Reception], MoveOffice.ReceivingDesk,
        "Chỉ bộ phận đã tiếp nhận hồ sơ mới được ghi nhận yêu cầu rút hồ sơ của công dân.", Cancellable, []);

    /// <summary>Stopping is decided by the leader of the office processing the dossier.</summary>
    public static readonly MoveRule Stop = new(
        "stop", "dừng xử lý hồ sơ", [Role.Leader], MoveOffice.CurrentStep,
        "Chỉ lãnh đạo cơ quan đang giữ hồ sơ mới được dừng xử lý hồ sơ.", Cancellable, []);

    /// <summary>The desk's three answers to a dossier submitted online (Art. 17(2)), by its reception officers.</summary>
    public static readonly MoveRule AcceptOnline = new(
        "accept-online", "tiếp nhận hồ sơ trực tuyến", [Role.Reception], MoveOffice.ReceivingDesk,
        "Chỉ bộ phận tiếp nhận nơi công dân nộp hồ sơ trực tuyến mới được tiếp nhận hồ sơ.", [Submitted], []);

    public static readonly MoveRule RequestOnlineCompletion = new(
        "request-online-completion", "yêu cầu bổ sung, hoàn thiện hồ sơ trực tuyến", [Role.Reception], MoveOffice.ReceivingDesk,
        "Chỉ bộ phận tiếp nhận nơi công dân nộp hồ sơ trực tuyến mới được yêu cầu bổ sung, hoàn thiện hồ sơ.", [Submitted], []);

    public static readonly MoveRule RefuseOnline = new(
        "refuse-online", "từ chối tiếp nhận hồ sơ trực tuyến", [Role.Reception], MoveOffice.ReceivingDesk,
        "Chỉ bộ phận tiếp nhận nơi công dân nộp hồ sơ trực tuyến mới được từ chối tiếp nhận hồ sơ.", [Submitted], []);

    public static readonly IReadOnlyList<MoveRule> OnlineDecisions = [AcceptOnline, RequestOnlineCompletion, RefuseOnline];
    /// <summary>
    /// Yêu cầu thực hiện nghĩa vụ tài chính: the office processing the dossier (its specialist or leader)
    /// asks for the fees collected before the result, while appraising or before the approval.
    /// </summary>
    public static readonly MoveRule RequestPayment = new(
        "request-payment", "yêu cầu thực hiện nghĩa vụ tài chính", [Role.Specialist, Role.Leader], MoveOffice.CurrentStep, HeldElsewhere,
        [InProgress], [StepKind.Assess, StepKind.Verify, StepKind.Approve]);

    public static readonly IReadOnlyList<MoveRule> All =
        [Transfer, Assign, Assess, RequestSupplement, Supplement, Verify, Approve, SendBack, Refuse, Return, Extend, Withdraw, Stop, RequestPayment];
}
