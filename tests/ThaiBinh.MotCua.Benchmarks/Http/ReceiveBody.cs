using System.Globalization;
using System.Text.Json;
using ThaiBinh.MotCua.Benchmarks.Scale;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// The body of a receive at the provincial centre as a desk officer types it: the judicial record
/// procedure (the centre's most frequent), a citizen with a generated name, citizen id, birth date,
/// phone and address, and the procedure's unconditional documents as the catalogue lists them.
/// </summary>
public sealed class ReceiveBody
{
    public const string ProcedureCode = "2.000488";

    private readonly IReadOnlyList<string> _documents;
    private readonly Random _rng = new(20261201);
    private readonly Lock _lock = new();

    private ReceiveBody(IReadOnlyList<string> documents) => _documents = documents;

    /// <summary>Reads the procedure's documents from the API's own catalogue.</summary>
    public static async Task<ReceiveBody> LoadAsync(BenchClient client)
    {
        using var json = await client.GetJsonAsync($"/api/procedures?code={ProcedureCode}&level=province", token: null);
        var documents = json.RootElement[0].GetProperty("requiredDocuments").EnumerateArray()
            .Where(d => !d.GetProperty("conditional").GetBoolean())
            .Select(d => d.GetProperty("name").GetString()!)
            .ToList();
        return new ReceiveBody(documents);
    }

    public string Next()
    {
        lock (_lock)
        {
            var male = _rng.Next(2) == 0;
            var name = string.Join(' ', Pick(ScaleNames.Families), Pick(male ? ScaleNames.MiddlesMale : ScaleNames.MiddlesFemale),
                Pick(male ? ScaleNames.GivenMale : ScaleNames.GivenFemale));
            var birth = new DateOnly(1960, 1, 1).AddDays(_rng.Next(365 * 45));
            var body = new
            {
                procedureCode = ProcedureCode,
                applicant = new
                {
                    fullName = name,
                    citizenId = CitizenId(male, birth),
                    birthDate = birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    phone = "09" + _rng.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                    address = $"Số {_rng.Next(1, 300)} đường Lý Bôn, phường Lê Hồng Phong, thành phố Thái Bình, tỉnh Thái Bình",
                },
                documents = _documents.Select(d => new { name = d }).ToArray(),
                channel = "direct",
            };
            return JsonSerializer.Serialize(body);
        }
    }

    /// <summary>A Thái Bình citizen id (province 034) whose century-and-sex digit and year agree with the birth date.</summary>
    private string CitizenId(bool male, DateOnly birth)
    {
        var centuryAndSex = ((birth.Year >= 2000 ? 2 : 0) + (male ? 0 : 1)).ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"034{centuryAndSex}{birth.Year % 100:D2}{_rng.Next(0, 1_000_000):D6}");
    }

    private string Pick(IReadOnlyList<string> values) => values[_rng.Next(values.Count)];
}
