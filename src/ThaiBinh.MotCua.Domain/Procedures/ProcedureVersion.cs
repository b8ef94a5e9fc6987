using ThaiBinh.MotCua.Domain.Calendar;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Domain.Procedures;

/// <summary>
/// What a procedure requires from a given day on: limit, fee, documents, delivery and route. A dossier
/// binds to the version in force when it was received, so later changes never touch it.
/// </summary>
public sealed class ProcedureVersion
{
    private ProcedureVersion()
    {
        ProcedureCode = string.Empty;
        LevelCode = string.Empty;
        RequiredDocuments = [];
        ResultDeliveries = [];
        Route = [];
        Fees = FeeSchedule.None;
    }

    public ProcedureVersion(
        string procedureCode,
        string levelCode,
        DateOnly validFrom,
        ProcessingLimit limit,
        long feeVnd,
        string? feeNote,
        IReadOnlyList<RequiredDocument> requiredDocuments,
        IReadOnlyList<ResultDelivery> resultDeliveries,
        bool handledFullyAtDesk,
        SupplementPolicy supplementPolicy,
        IReadOnlyList<RouteStep> route,
        FeeSchedule? fees = null)
    {
        ProcedureRules.EnsureValidRoute(procedureCode, limit, route);
        ArgumentOutOfRangeException.ThrowIfNegative(feeVnd);
        if (resultDeliveries.Count == 0)
        {
            throw new DomainRuleException("procedure.delivery.empty", $"Thủ tục {procedureCode} phải có ít nhất một hình thức trả kết quả.");
        }

        Id = Guid.CreateVersion7();
        ProcedureCode = procedureCode;
        LevelCode = levelCode;
        ValidFrom = validFrom;
        LimitUnit = limit.Unit;
        LimitAmount = limit.Amount;
        FeeVnd = feeVnd;
        FeeNote = feeNote;
        RequiredDocuments = [.. requiredDocuments];
        ResultDeliveries = [.. resultDeliveries.Distinct()];
        HandledFullyAtDesk = handledFullyAtDesk;
        SupplementPolicy = supplementPolicy;
        Route = [.. route];
        Fees = fees ?? FeeSchedule.None;
        Fees.EnsureValid(procedureCode);
    }

    public Guid Id { get; private set; }

    public string ProcedureCode { get; private set; }

    /// <summary>The level the procedure is carried out at; one national code may exist at several levels.</summary>
    public string LevelCode { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The day before the next version takes over; null while this version is the latest.</summary>
    public DateOnly? ValidTo { get; private set; }

    public LimitUnit LimitUnit { get; private set; }

    public int LimitAmount { get; private set; }

    public ProcessingLimit Limit => new(LimitUnit, LimitAmount);

    /// <summary>Phí, lệ phí in đồng; 0 when free.</summary>
    public long FeeVnd { get; private set; }

    public string? FeeNote { get; private set; }

    /// <summary>The fees as items that become a payment request, when they are collected, and whether status 6 stops the clock.</summary>
    public FeeSchedule Fees { get; private set; }

    public List<RequiredDocument> RequiredDocuments { get; private set; }

    public List<ResultDelivery> ResultDeliveries { get; private set; }

    /// <summary>Thẩm định, phê duyệt tại chỗ: the whole procedure is done at the desk.</summary>
    public bool HandledFullyAtDesk { get; private set; }

    public SupplementPolicy SupplementPolicy { get; private set; }

    public List<RouteStep> Route { get; private set; }

    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    internal void EndBefore(DateOnly nextVersionStart) => ValidTo = nextVersionStart.AddDays(-1);
}
