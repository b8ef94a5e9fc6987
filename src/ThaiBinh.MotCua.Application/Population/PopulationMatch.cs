using System.Globalization;

namespace ThaiBinh.MotCua.Application.Population;

/// <summary>
/// Whether the citizen the registry holds under the number is the one before the desk (integrations.md
/// §2.4): the name (marks and case aside) and the birth date, or the birth year when the registry
/// keeps only the year. Answers the differences in words, none when it matches.
/// </summary>
public static class PopulationMatch
{
    public static IReadOnlyList<string> Differences(RegisteredCitizen citizen, string fullName, DateOnly birthDate)
    {
        var differences = new List<string>();
        if (!PopulationLookup.SameName(citizen.FullName, fullName))
        {
            differences.Add("họ tên");
        }

        var sameBirth = citizen.BirthDate is { } born ? born == birthDate : citizen.BirthYear == birthDate.Year;
        if (!sameBirth)
        {
            differences.Add(citizen.BirthDate is null && citizen.BirthYear is not null ? "năm sinh" : "ngày sinh");
        }

        return differences;
    }

    /// <summary>What the desk is told after the lookup, by outcome.</summary>
    public static string Message(PopulationLookupOutcome outcome, string citizenId, IReadOnlyList<string> differences) => outcome switch
    {
        PopulationLookupOutcome.Verified =>
            "Thông tin công dân khớp với Cơ sở dữ liệu quốc gia về dân cư; họ tên, ngày sinh và địa chỉ đã được điền theo CSDLQG. "
            + "Hồ sơ tiếp nhận kèm lần tra cứu này được ghi là đã xác thực.",
        PopulationLookupOutcome.NotFound =>
            $"Không tìm thấy công dân có số định danh cá nhân {citizenId} trong Cơ sở dữ liệu quốc gia về dân cư. "
            + "Hãy kiểm tra lại số đã nhập; vẫn có thể tiếp nhận theo giấy tờ công dân xuất trình, hồ sơ sẽ ghi là chưa xác thực.",
        PopulationLookupOutcome.Mismatch =>
            string.Create(CultureInfo.InvariantCulture, $"Số định danh cá nhân {citizenId} có trong Cơ sở dữ liệu quốc gia về dân cư nhưng {string.Join(" và ", differences)} ")
            + "không khớp với thông tin đã nhập. Hãy đối chiếu lại với giấy tờ của công dân; hồ sơ tiếp nhận lúc này sẽ ghi là chưa xác thực.",
        _ =>
            "Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư (hệ thống không trả lời kịp hoặc từ chối yêu cầu). "
            + "Hãy tiếp tục tiếp nhận, nhập thông tin theo giấy tờ công dân xuất trình; hồ sơ sẽ ghi là chưa xác thực.",
    };

    /// <summary>The outcome as the API spells it.</summary>
    public static string Key(PopulationLookupOutcome outcome) => outcome switch
    {
        PopulationLookupOutcome.Verified => "verified",
        PopulationLookupOutcome.NotFound => "not-found",
        PopulationLookupOutcome.Mismatch => "mismatch",
        PopulationLookupOutcome.Pending => "pending",
        _ => "unavailable",
    };
}
