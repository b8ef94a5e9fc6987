using Microsoft.AspNetCore.WebUtilities;

namespace ThaiBinh.MotCua.Api.Errors;

/// <summary>Vietnamese titles and stable machine codes for every status the API answers with.</summary>
internal static class ProblemTitles
{
    private static readonly Dictionary<int, (string Title, string Code)> ByStatus = new()
    {
        [StatusCodes.Status400BadRequest] = ("Yêu cầu không hợp lệ", "bad_request"),
        [StatusCodes.Status401Unauthorized] = ("Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn", "unauthorized"),
        [StatusCodes.Status403Forbidden] = ("Không có quyền thực hiện thao tác này", "forbidden"),
        [StatusCodes.Status404NotFound] = ("Không tìm thấy", "not_found"),
        [StatusCodes.Status405MethodNotAllowed] = ("Phương thức không được hỗ trợ", "method_not_allowed"),
        [StatusCodes.Status409Conflict] = ("Xung đột dữ liệu", "conflict"),
        [StatusCodes.Status412PreconditionFailed] = ("Dữ liệu đã bị thay đổi bởi người khác", "precondition_failed"),
        [StatusCodes.Status413PayloadTooLarge] = ("Dữ liệu gửi lên quá lớn", "payload_too_large"),
        [StatusCodes.Status415UnsupportedMediaType] = ("Định dạng dữ liệu không được hỗ trợ", "unsupported_media_type"),
        [StatusCodes.Status422UnprocessableEntity] = ("Không thể xử lý yêu cầu", "unprocessable"),
        [StatusCodes.Status429TooManyRequests] = ("Quá nhiều yêu cầu, vui lòng thử lại sau", "too_many_requests"),
        [StatusCodes.Status500InternalServerError] = ("Lỗi hệ thống", "internal_error"),
        [StatusCodes.Status503ServiceUnavailable] = ("Hệ thống tạm thời không phục vụ được", "service_unavailable"),
    };

    public static string TitleFor(int status) =>
        ByStatus.TryGetValue(status, out var entry) ? entry.Title : ReasonPhrases.GetReasonPhrase(status);

    public static string CodeFor(int status) =>
        ByStatus.TryGetValue(status, out var entry) ? entry.Code : $"http_{status}";

    /// <summary>
    /// True when the title is still the framework's English default (a reason phrase such as
    /// "Content Too Large", or the generic 500 sentence), so it can be replaced by the Vietnamese one.
    /// Every title the API writes itself is Vietnamese with diacritics, never plain ASCII.
    /// </summary>
    public static bool IsFrameworkDefault(string? title, int status) =>
        title is null
        || title == ReasonPhrases.GetReasonPhrase(status)
        || System.Text.Ascii.IsValid(title);
}
