namespace ThaiBinh.MotCua.Application.Forms;

/// <summary>A printable form: its file name and PDF bytes.</summary>
public sealed record PrintedForm(string FileName, byte[] Content);

/// <summary>Configuration section "Forms".</summary>
public sealed class FormOptions
{
    public const string Section = "Forms";

    /// <summary>Where citizens look dossiers up; the receipt's QR code opens {PublicBaseUrl}/tra-cuu/{code}.</summary>
    public string PublicBaseUrl { get; init; } = "https://dichvucong.thaibinh.gov.vn";
}
