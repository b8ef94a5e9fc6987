using ThaiBinh.MotCua.Application.Common.Files;

namespace ThaiBinh.MotCua.Application.Files;

/// <summary>The role of a file as the API and the forms spell it: <c>submitted</c> or <c>result</c>.</summary>
public static class FileRoles
{
    public const string Submitted = "submitted";

    public const string Result = "result";

    public static FileRole? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Submitted => FileRole.Submitted,
        Result => FileRole.Result,
        _ => null,
    };

    public static string Spell(FileRole role) => role == FileRole.Result ? Result : Submitted;

    /// <summary>What a person reads.</summary>
    public static string Label(FileRole role) => role == FileRole.Result ? "Kết quả giải quyết" : "Giấy tờ nộp";
}
