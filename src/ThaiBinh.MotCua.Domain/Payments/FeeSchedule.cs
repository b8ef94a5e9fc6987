namespace ThaiBinh.MotCua.Domain.Payments;

/// <summary>Phí or lệ phí: a fee for a service, or a charge the State levies for the act itself.</summary>
public enum FeeKind
{
    /// <summary>Phí (e.g. phí thẩm định).</summary>
    Fee = 1,

    /// <summary>Lệ phí (e.g. lệ phí cấp giấy phép).</summary>
    Charge = 2,
}

/// <summary>When the fees are collected, numbered as the portal's <c>HinhThucThu</c> (integrations.md §1.4).</summary>
public enum FeeCollection
{
    /// <summary>Thu khi tiếp nhận: the request is made with the dossier.</summary>
    AtReceipt = 1,

    /// <summary>Thu trước khi trả kết quả: the processing office asks for it (status 6).</summary>
    BeforeResult = 4,
}

/// <summary>One item of a procedure's fees, in integer đồng.</summary>
public sealed record FeeItem(string Code, string Name, FeeKind Kind, long AmountVnd);

/// <summary>
/// What a procedure version collects, when, and whether its clock waits while the citizen pays in
/// status 6 ("Yêu cầu thực hiện nghĩa vụ tài chính"): the sources do not say, so it is decided per
/// procedure (integrations.md §3.4).
/// </summary>
public sealed record FeeSchedule(IReadOnlyList<FeeItem> Items, FeeCollection Collection, bool PausesClock)
{
    public static readonly FeeSchedule None = new([], FeeCollection.AtReceipt, false);

    public long TotalVnd => Items.Sum(i => i.AmountVnd);

    public bool Collects => Items.Count > 0 && TotalVnd > 0;

    /// <summary>Refuses items without a code or name, negative amounts and codes given twice.</summary>
    public void EnsureValid(string procedureCode)
    {
        if (Items.Any(i => string.IsNullOrWhiteSpace(i.Code) || string.IsNullOrWhiteSpace(i.Name) || i.AmountVnd < 0)
            || Items.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() != Items.Count)
        {
            throw new Common.DomainRuleException(
                "procedure.fees.item", $"Mỗi khoản phí, lệ phí của thủ tục {procedureCode} phải có mã riêng, tên và số tiền không âm.");
        }
    }
}
