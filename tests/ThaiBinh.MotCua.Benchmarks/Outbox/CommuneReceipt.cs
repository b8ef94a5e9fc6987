using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ThaiBinh.MotCua.Benchmarks.Http;

namespace ThaiBinh.MotCua.Benchmarks.Outbox;

/// <summary>
/// A receipt at Phường Thái Bình's centre in today's world (the benchmark runs on the real clock):
/// the birth registration procedure with the documents its catalogue entry lists, a citizen who
/// chose no notice, so every delivery measured is the portal's.
/// </summary>
public sealed class CommuneReceipt
{
    public const string ProcedureCode = "1.001193";

    private readonly IReadOnlyList<object> _documents;
    private int _next;

    private CommuneReceipt(IReadOnlyList<object> documents) => _documents = documents;

    public static async Task<CommuneReceipt> LoadAsync(BenchClient client)
    {
        using var json = await client.GetJsonAsync($"/api/procedures?code={ProcedureCode}&level=commune", token: null);
        var documents = json.RootElement[0].GetProperty("requiredDocuments").EnumerateArray()
            .Where(d => !d.GetProperty("conditional").GetBoolean())
            .Select(d => (object)new
            {
                name = d.GetProperty("name").GetString(),
                copies = d.GetProperty("copies").GetInt32(),
                original = d.GetProperty("original").GetBoolean(),
            })
            .ToList();
        return new CommuneReceipt(documents);
    }

    /// <summary>Receives one dossier and returns its code; a refusal stops the benchmark.</summary>
    public async Task<string> ReceiveAsync(BenchClient client, string token)
    {
        var n = Interlocked.Increment(ref _next);
        var body = JsonSerializer.Serialize(new
        {
            procedureCode = ProcedureCode,
            procedureLevel = "commune",
            applicant = new
            {
                fullName = $"Nguyễn Văn Thử {n.ToString(CultureInfo.InvariantCulture)}",
                citizenId = "034090001234",
                birthDate = "1990-05-01",
                address = "Số 1 đường Lý Bôn, phường Thái Bình, tỉnh Hưng Yên",
                phone = "0912345678",
            },
            documents = _documents,
            channel = "direct",
            resultDelivery = "desk",
        });
        var (status, answer, _) = await client.SendAsync(new BenchRequest(HttpMethod.Post, "/api/dossiers", token, body), Stopwatch.GetTimestamp());
        if (status != 201)
        {
            throw new InvalidOperationException($"The receipt was refused ({status?.ToString(CultureInfo.InvariantCulture) ?? "no answer"}): {answer}");
        }

        using var json = JsonDocument.Parse(answer);
        return json.RootElement.GetProperty("code").GetString()!;
    }
}
