using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace ThaiBinh.MotCua.Simulators.Portal;

/// <summary>
/// The simulated portal's side of online submission: the files it serves for download (given bytes,
/// or a PDF of a given size made up as it is read, so a file larger than memory can be served), and
/// every hand-in with the system's answer.
/// </summary>
public sealed class PortalSubmissionStore
{
    private readonly ConcurrentDictionary<string, PortalFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<PortalHandIn> _handIns = new();
    private readonly ConcurrentDictionary<string, int> _downloads = new(StringComparer.Ordinal);

    public string Add(PortalFile file)
    {
        var id = Guid.NewGuid().ToString("N");
        _files[id] = file;
        return id;
    }

    public PortalFile? File(string id)
    {
        if (!_files.TryGetValue(id, out var file))
        {
            return null;
        }

        _downloads.AddOrUpdate(id, 1, (_, count) => count + 1);
        return file;
    }

    public int Downloads(string id) => _downloads.GetValueOrDefault(id);

    public void Record(PortalHandIn handIn) => _handIns.Enqueue(handIn);

    public IReadOnlyList<PortalHandIn> HandIns => [.. _handIns];
}

/// <summary>A file the portal serves: its bytes, or only its size (a PDF made up as it is read).</summary>
public sealed record PortalFile(string Name, byte[]? Content, long Size);

/// <summary>One hand-in: the record as sent, the HTTP status and the body the system answered.</summary>
public sealed record PortalHandIn(string MaHoSo, JsonObject Record, int Status, JsonNode? Answer);
