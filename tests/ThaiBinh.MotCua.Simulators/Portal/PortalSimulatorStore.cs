using System.Text.Json.Nodes;

namespace ThaiBinh.MotCua.Simulators.Portal;

/// <summary>
/// What the portal simulator received: per dossier code (MaHoSo) every version of the dossier record,
/// and the progress rows as they came (duplicates kept, so a test sees one); plus the sessions it issued
/// and the faults it was told to inject. Thread-safe: requests and tests read it at once.
/// </summary>
public sealed class PortalSimulatorStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<JsonObject>> _dossiers = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _progress = [];
    private readonly HashSet<string> _sessions = new(StringComparer.Ordinal);
    private readonly Queue<PortalFault> _faults = new();
    private readonly Dictionary<string, int> _creates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _updates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _firstStored = new(StringComparer.Ordinal);
    private readonly List<DateTimeOffset> _accepted = [];
    private int _calls;

    /// <summary>Integration calls received (every service, refused ones included).</summary>
    public int Calls { get { lock (_gate) { return _calls; } } }

    /// <summary>Every version of the dossier's record in the order received (the first is the create); empty when unknown.</summary>
    public IReadOnlyList<JsonObject> Versions(string maHoSo)
    {
        lock (_gate)
        {
            return _dossiers.TryGetValue(maHoSo, out var versions) ? [.. versions.Select(v => v.DeepClone().AsObject())] : [];
        }
    }

    /// <summary>Accepted creates (<c>isUpdating "False"</c>) of the dossier; a seeded record is not one.</summary>
    public int Creates(string maHoSo)
    {
        lock (_gate)
        {
            return _creates.GetValueOrDefault(maHoSo);
        }
    }

    /// <summary>Accepted updates (<c>isUpdating "True"</c>) of the dossier.</summary>
    public int Updates(string maHoSo)
    {
        lock (_gate)
        {
            return _updates.GetValueOrDefault(maHoSo);
        }
    }

    public IReadOnlyList<string> DossierCodes()
    {
        lock (_gate)
        {
            return [.. _dossiers.Keys];
        }
    }

    /// <summary>The progress rows of a dossier in arrival order, duplicates included.</summary>
    public IReadOnlyList<JsonObject> Progress(string maHoSo)
    {
        lock (_gate)
        {
            return [.. _progress.Where(p => (string?)p["MaHoSo"] == maHoSo).Select(p => p.DeepClone().AsObject())];
        }
    }

    /// <summary>When the dossier's first record was accepted (null: never), for the benchmark's lag.</summary>
    public DateTimeOffset? FirstStoredAt(string maHoSo)
    {
        lock (_gate)
        {
            return _firstStored.TryGetValue(maHoSo, out var at) ? at : null;
        }
    }

    /// <summary>When each accepted record (dossier or progress) arrived, in order, for the benchmark's throughput.</summary>
    public IReadOnlyList<DateTimeOffset> AcceptedTimes()
    {
        lock (_gate)
        {
            return [.. _accepted];
        }
    }

    /// <summary>A dossier the portal already holds (created by an earlier run, another system…), for the "already exists" path.</summary>
    public void Seed(string maHoSo, JsonObject record)
    {
        lock (_gate)
        {
            _dossiers[maHoSo] = [record.DeepClone().AsObject()];
        }
    }

    /// <summary>Queues a fault for the next <see cref="PortalFault.Count"/> integration calls.</summary>
    public void Inject(PortalFault fault)
    {
        lock (_gate)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>Forgets the sessions issued, as the portal does when its sessions expire.</summary>
    public void ExpireSessions()
    {
        lock (_gate)
        {
            _sessions.Clear();
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _dossiers.Clear();
            _progress.Clear();
            _sessions.Clear();
            _faults.Clear();
            _creates.Clear();
            _updates.Clear();
            _firstStored.Clear();
            _accepted.Clear();
            _calls = 0;
        }
    }

    internal string OpenSession()
    {
        var session = Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _sessions.Add(session);
        }

        return session;
    }

    internal bool IsSession(string? session)
    {
        lock (_gate)
        {
            return session is not null && _sessions.Contains(session);
        }
    }

    /// <summary>Counts the call and hands back the fault it must suffer, if one is queued.</summary>
    internal PortalFault? NextCall()
    {
        lock (_gate)
        {
            _calls++;
            if (!_faults.TryPeek(out var fault))
            {
                return null;
            }

            fault.Remaining--;
            if (fault.Remaining <= 0)
            {
                _faults.Dequeue();
            }

            return fault;
        }
    }

    internal bool Exists(string maHoSo)
    {
        lock (_gate)
        {
            return _dossiers.ContainsKey(maHoSo);
        }
    }

    internal void Store(string maHoSo, JsonObject record, bool updating)
    {
        lock (_gate)
        {
            var counts = updating ? _updates : _creates;
            counts[maHoSo] = counts.GetValueOrDefault(maHoSo) + 1;
            if (!_dossiers.TryGetValue(maHoSo, out var versions))
            {
                versions = [];
                _dossiers[maHoSo] = versions;
            }

            versions.Add(record.DeepClone().AsObject());
            var now = DateTimeOffset.UtcNow;
            _firstStored.TryAdd(maHoSo, now);
            _accepted.Add(now);
        }
    }

    internal void Append(IEnumerable<JsonObject> rows)
    {
        lock (_gate)
        {
            var before = _progress.Count;
            _progress.AddRange(rows.Select(r => r.DeepClone().AsObject()));
            _accepted.AddRange(Enumerable.Repeat(DateTimeOffset.UtcNow, _progress.Count - before));
        }
    }
}

/// <summary>
/// A fault for the next <c>Count</c> integration calls: "timeout" holds the answer back for
/// <c>DelaySeconds</c> (beyond the client's limit), "error" answers <c>ErrorCode</c> and <c>Message</c>,
/// "http500" answers a server error.
/// </summary>
public sealed class PortalFault
{
    public string Kind { get; set; } = "timeout";

    public int Count { get; set; } = 1;

    public double DelaySeconds { get; set; } = 60;

    public string ErrorCode { get; set; } = "-1";

    public string Message { get; set; } = "Lỗi hệ thống Cổng DVCQG";

    internal int Remaining { get; set; }
}
