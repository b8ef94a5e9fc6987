namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>
/// The citizen's working form: the nine indicators of TT 01/2018 Art. 13 (the nine contents of
/// NĐ 61 Art. 31 as the circular scores them), each answered a / b / c for 2 / 1 / 0 points. The
/// titles follow the indicator table of the domain brief (§5.2); the questions and answers are put
/// to the citizen in our own words (docs/decisions.md, issue 16), since the official working form's
/// text was not available.
/// </summary>
public static class EvaluationForm
{
    public const int IndicatorCount = 9;

    public static readonly IReadOnlyList<EvaluationIndicator> Indicators =
    [
        new(1, "Thời gian giải quyết hồ sơ so với thời hạn quy định",
            "Hồ sơ của Ông/Bà được giải quyết so với thời hạn theo quy định như thế nào?",
            "Sớm hơn thời hạn quy định",
            "Đúng thời hạn quy định",
            "Muộn hơn thời hạn quy định"),
        new(2, "Thời gian giải quyết tại từng cơ quan, đơn vị (kể cả cơ quan phối hợp)",
            "Ở từng cơ quan, đơn vị tham gia giải quyết (kể cả cơ quan phối hợp), hồ sơ được xử lý so với thời hạn như thế nào?",
            "Sớm hơn thời hạn ở mọi cơ quan",
            "Đúng thời hạn ở mọi cơ quan",
            "Có cơ quan xử lý muộn hơn thời hạn"),
        new(3, "Số lần liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ",
            "Ông/Bà đã phải liên hệ với nơi tiếp nhận bao nhiêu lần để hoàn thiện hồ sơ?",
            "Không phải liên hệ lần nào",
            "Một lần",
            "Nhiều hơn một lần (không kể lần do lỗi của Ông/Bà)"),
        new(4, "Số cơ quan, đơn vị phải liên hệ để hoàn thiện hồ sơ",
            "Ông/Bà đã phải liên hệ với những cơ quan, đơn vị nào để hoàn thiện hồ sơ?",
            "Không phải liên hệ cơ quan, đơn vị nào",
            "Chỉ Bộ phận Một cửa (và cơ quan thẩm tra, xác minh theo quy định, nếu có)",
            "Nhiều hơn một cơ quan, đơn vị"),
        new(5, "Giải quyết thủ tục tại Bộ phận Một cửa",
            "Hồ sơ của Ông/Bà được tiếp nhận, giải quyết và trả kết quả ở đâu?",
            "Được tiếp nhận, giải quyết và trả kết quả ngay tại Bộ phận Một cửa",
            "Được tiếp nhận và trả kết quả tại Bộ phận Một cửa",
            "Phải đến nơi khác để nộp hồ sơ hoặc nhận kết quả"),
        new(6, "Công khai thủ tục hành chính",
            "Thông tin về thủ tục hành chính Ông/Bà thực hiện được công khai như thế nào?",
            "Niêm yết tại nơi tiếp nhận và đăng trên mạng, đầy đủ, chính xác, kịp thời",
            "Chỉ niêm yết tại nơi tiếp nhận hoặc chỉ đăng trên mạng",
            "Không đầy đủ, không chính xác hoặc không kịp thời"),
        new(7, "Thái độ của cán bộ, công chức tiếp nhận và giải quyết hồ sơ",
            "Cán bộ, công chức tiếp nhận và giải quyết hồ sơ của Ông/Bà đã phục vụ như thế nào?",
            "Tận tình, chu đáo, trả kết quả sớm hơn hẹn",
            "Đúng mực, trả kết quả đúng hẹn",
            "Có thái độ không đúng mực hoặc yêu cầu chi phí ngoài quy định"),
        new(8, "Tiếp nhận, xử lý phản ánh, kiến nghị",
            "Nếu Ông/Bà có phản ánh, kiến nghị, việc tiếp nhận và trả lời như thế nào?",
            "Không có phản ánh, kiến nghị, hoặc được trả lời đầy đủ, đúng hạn",
            "Được trả lời nhưng chậm so với thời hạn",
            "Không được trả lời hoặc việc giải quyết còn kéo dài"),
        new(9, "Cung cấp dịch vụ công trực tuyến",
            "Thủ tục này có dịch vụ công trực tuyến và Ông/Bà sử dụng có thuận lợi không?",
            "Có dịch vụ công trực tuyến, sử dụng thuận lợi",
            "Có dịch vụ công trực tuyến nhưng sử dụng chưa thuận lợi",
            "Không có dịch vụ công trực tuyến hoặc không sử dụng được"),
    ];
}
