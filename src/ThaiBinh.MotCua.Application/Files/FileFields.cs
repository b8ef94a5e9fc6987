namespace ThaiBinh.MotCua.Application.Files;

/// <summary>The field names refusals of a file are reported under, as the upload form names them.</summary>
public static class FileFields
{
    public const string File = "file";

    public const string Document = "document";

    public const string Role = "role";

    public const int MaxDocumentNameLength = 500;
}
