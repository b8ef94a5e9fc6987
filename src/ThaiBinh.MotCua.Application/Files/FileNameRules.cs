using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Files;

/// <summary>
/// The name a file is stored and downloaded under: a bare name, NFC, trimmed. A name that carries a
/// path (separators, a drive, "..") is refused rather than cut down, because a sender who writes
/// <c>../../etc/passwd.pdf</c> is not uploading a scan; so are control and invisible characters.
/// </summary>
public static class FileNameRules
{
    public const int MaxLength = 255;

    /// <summary>The cleaned name, or the Vietnamese reason it is refused.</summary>
    public static (string? Name, string? Refusal) Clean(string? fileName)
    {
        var name = TextPolicy.Normalize(fileName ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            return (null, "Tệp chưa có tên.");
        }

        if (TextPolicy.FirstRefused(name, multiLine: false) is { } refused)
        {
            return (null, "Tên tệp " + refused.Message);
        }

        if (name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Contains("..", StringComparison.Ordinal) || name.Trim('.').Length == 0)
        {
            return (null, "Tên tệp không được chứa đường dẫn (/, \\, :, ..); hãy gửi tệp với tên đơn giản, ví dụ \"don-de-nghi.pdf\".");
        }

        return name.Length > MaxLength
            ? (null, $"Tên tệp dài quá {MaxLength} ký tự.")
            : (name, null);
    }
}
