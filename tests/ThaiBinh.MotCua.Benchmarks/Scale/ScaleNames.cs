namespace ThaiBinh.MotCua.Benchmarks.Scale;

/// <summary>The words the generated rows are made of: names, provinces, reasons.</summary>
public static class ScaleNames
{
    /// <summary>Family names, repeated by their rough frequency (Vũ and Phạm are common in Thái Bình).</summary>
    public static readonly string[] Families =
    [
        .. Repeat("Nguyễn", 34), .. Repeat("Trần", 10), .. Repeat("Vũ", 9), .. Repeat("Phạm", 9), .. Repeat("Lê", 8),
        .. Repeat("Hoàng", 4), .. Repeat("Bùi", 4), .. Repeat("Đỗ", 4), .. Repeat("Đặng", 3), .. Repeat("Phan", 2),
        .. Repeat("Ngô", 2), .. Repeat("Đinh", 2), .. Repeat("Dương", 2), "Lương", "Tạ", "Mai", "Đào", "Hà", "Cao", "Trịnh",
    ];

    public static readonly string[] MiddlesMale = [.. Repeat("Văn", 5), "Đức", "Minh", "Quang", "Xuân", "Hữu", "Thanh", "Ngọc", "Công", "Đình", "Mạnh"];

    public static readonly string[] MiddlesFemale = [.. Repeat("Thị", 6), "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Thùy", "Kim"];

    public static readonly string[] GivenMale =
    [
        "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam", "Phong",
        "Quân", "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Hiếu", "Kiên", "Lâm", "Thành", "Tùng",
    ];

    public static readonly string[] GivenFemale =
    [
        "Anh", "Châu", "Dung", "Giang", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc",
        "Nhung", "Phương", "Quỳnh", "Thảo", "Trang", "Vân", "Yến", "Huyền", "Loan", "Oanh", "Thúy",
    ];

    /// <summary>Birth-registration provinces of applicants not born in Thái Bình (034): neighbours, the capitals.</summary>
    public static readonly string[] OtherProvinces = ["001", "022", "030", "031", "033", "035", "036", "037", "038", "079"];

    public static readonly string[] SupplementItems =
    [
        "Tờ khai ghi thiếu thông tin, đề nghị kê khai lại theo mẫu",
        "Bổ sung bản sao giấy tờ chứng minh nơi cư trú",
        "Bổ sung văn bản ủy quyền có chứng thực",
        "Xuất trình bản chính giấy tờ tùy thân để đối chiếu",
        "Bổ sung bản vẽ có chữ ký của chủ hộ, chủ đầu tư",
        "Ảnh chụp không đúng quy cách, đề nghị nộp lại",
    ];

    public static readonly string[] RefusalReasons =
    [
        "Không đủ điều kiện giải quyết theo quy định",
        "Thông tin kê khai không khớp với Cơ sở dữ liệu quốc gia về dân cư",
        "Hồ sơ không đáp ứng điều kiện cấp theo quy định của pháp luật",
    ];

    public static readonly string[] NotAcceptedReasons =
    [
        "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan",
        "Thành phần hồ sơ không đầy đủ theo quy định",
        "Không xuất trình được bản chính để đối chiếu",
    ];

    public static readonly string[] WithdrawalReasons =
    [
        "Công dân xin rút hồ sơ để bổ sung thông tin",
        "Công dân không còn nhu cầu giải quyết",
        "Công dân xin rút hồ sơ để nộp tại nơi khác",
    ];

    public static readonly string[] Opinions =
    [
        "Thống nhất với đề xuất của cơ quan chủ trì",
        "Không có thông tin liên quan trong cơ sở dữ liệu",
        "Đã xác minh, thông tin chính xác",
    ];

    private static IEnumerable<string> Repeat(string value, int count) => Enumerable.Repeat(value, count);
}
