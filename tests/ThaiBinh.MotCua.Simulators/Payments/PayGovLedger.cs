using System.Collections.Concurrent;
using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Payments;

/// <summary>One transaction the platform opened with INIT, and what became of it.</summary>
public sealed class PayGovTransaction(string reference, long amount, string content, Uri? callbackUrl, Uri? returnUrl, DateTimeOffset openedAt)
{
    public string Reference { get; } = reference;

    public long Amount { get; } = amount;

    public string Content { get; } = content;

    public Uri? CallbackUrl { get; } = callbackUrl;

    public Uri? ReturnUrl { get; } = returnUrl;

    public DateTimeOffset OpenedAt { get; } = openedAt;

    /// <summary>QUERY's TrangThaiGD: "0" opened, "1" paid, "4" failed.</summary>
    public string State { get; set; } = "0";

    public string? TransactionId { get; set; }

    /// <summary>Our MaLoi answers to the callbacks the simulator sent, in order.</summary>
    public List<string> CallbackAnswers { get; } = [];
}

/// <summary>
/// The platform's book: transactions by MaThamChieu, every INIT and QUERY counted, and the switches a
/// test or a developer turns: INIT refused, callbacks never sent, payments that fail.
/// </summary>
public sealed class PayGovLedger : ISimulatorSection
{
    private readonly ConcurrentDictionary<string, PayGovTransaction> _transactions = new(StringComparer.Ordinal);
    private int _inits;
    private int _queries;
    private int _refused;

    public string Title => "Nền tảng thanh toán quốc gia (PayGov)";

    public string Description => "POST /paygov/init · trang thanh toán /paygov/pay/{MaThamChieu} · POST /paygov/query · giao dịch: GET /paygov/_sim/transactions";

    public PayGovSwitches Switches { get; set; } = new(false, false, false);

    public int Inits => _inits;

    public int Queries => _queries;

    /// <summary>Messages refused for their checksum, token or partner.</summary>
    public int Refused => _refused;

    public IReadOnlyList<PayGovTransaction> Transactions => [.. _transactions.Values.OrderBy(t => t.OpenedAt)];

    public void CountInit() => Interlocked.Increment(ref _inits);

    public void CountQuery() => Interlocked.Increment(ref _queries);

    public void CountRefused() => Interlocked.Increment(ref _refused);

    public bool Open(PayGovTransaction transaction) => _transactions.TryAdd(transaction.Reference, transaction);

    public PayGovTransaction? Find(string? reference) => reference is not null && _transactions.TryGetValue(reference, out var t) ? t : null;

    public IReadOnlyList<SimulatorEntry> Latest(int count) =>
        [.. Transactions.OrderByDescending(t => t.OpenedAt).Take(count).Select(t => new SimulatorEntry(t.OpenedAt, $"{t.Reference}: {t.Amount} đồng, trạng thái {t.State}"))];

    public void Reset()
    {
        _transactions.Clear();
        _inits = 0;
        _queries = 0;
        _refused = 0;
        Switches = new(false, false, false);
    }
}

/// <summary>What the next messages meet: INIT answered with an error, the callback not sent after paying, a payment that fails.</summary>
public sealed record PayGovSwitches(bool RefuseInit, bool DropCallbacks, bool FailPayments);
