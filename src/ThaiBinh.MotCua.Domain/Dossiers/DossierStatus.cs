namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// The dossier statuses, numbered as the national public service portal numbers them (domain brief
/// §3.4), so synchronisation is a lookup.
/// </summary>
public enum DossierStatus
{
    /// <summary>Mới đăng ký: submitted online, not yet accepted.</summary>
    Submitted = 1,

    /// <summary>Được tiếp nhận.</summary>
    Received = 2,

    /// <summary>Không được tiếp nhận.</summary>
    NotAccepted = 3,

    /// <summary>Đang xử lý.</summary>
    InProgress = 4,

    /// <summary>Yêu cầu bổ sung giấy tờ: the clock waits for the citizen.</summary>
    SupplementRequested = 5,

    /// <summary>Yêu cầu thực hiện nghĩa vụ tài chính.</summary>
    FinancialObligation = 6,

    /// <summary>Công dân yêu cầu rút hồ sơ.</summary>
    Withdrawn = 7,

    /// <summary>Dừng xử lý.</summary>
    Stopped = 8,

    /// <summary>Đã xử lý xong: the result waits at the desk.</summary>
    ResultReady = 9,

    /// <summary>Đã trả kết quả.</summary>
    Returned = 10,
}

public static class DossierStatusExtensions
{
    /// <summary>Plain Vietnamese for people, the portal's own wording.</summary>
    public static string Label(this DossierStatus status) => status switch
    {
        DossierStatus.Submitted => "Mới đăng ký",
        DossierStatus.Received => "Được tiếp nhận",
        DossierStatus.NotAccepted => "Không được tiếp nhận",
        DossierStatus.InProgress => "Đang xử lý",
        DossierStatus.SupplementRequested => "Yêu cầu bổ sung giấy tờ",
        DossierStatus.FinancialObligation => "Yêu cầu thực hiện nghĩa vụ tài chính",
        DossierStatus.Withdrawn => "Công dân yêu cầu rút hồ sơ",
        DossierStatus.Stopped => "Dừng xử lý",
        DossierStatus.ResultReady => "Đã xử lý xong",
        _ => "Đã trả kết quả",
    };

    /// <summary>
    /// The statuses of a dossier that still has a clock running or paused (the SQL of the overdue
    /// flagging and its partial indexes spell the same list as numbers: 2, 4, 5, 6, 9).
    /// </summary>
    public static readonly IReadOnlyList<DossierStatus> Open =
        [DossierStatus.Received, DossierStatus.InProgress, DossierStatus.SupplementRequested, DossierStatus.FinancialObligation, DossierStatus.ResultReady];

    /// <summary>True while the dossier still has a clock running or paused.</summary>
    public static bool IsOpen(this DossierStatus status) => Open.Contains(status);
}
