using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.NationalPortal;

/// <summary>A file of the dossier as the portal's record reports it: the current version of one document.</summary>
public sealed record PortalFileFacts(Guid Id, FileRole Role, string DocumentName, bool Digitised, bool Reused, bool FromNationalStore)
{
    /// <summary>The latest version of each document's file; earlier versions are kept here, not reported.</summary>
    public static async Task<IReadOnlyList<PortalFileFacts>> CurrentAsync(IMotCuaTables db, Guid dossierId, CancellationToken cancellationToken)
    {
        var files = await db.DossierFiles.AsNoTracking()
            .Where(f => f.DossierId == dossierId)
            .Select(f => new { f.Id, f.Role, f.DocumentName, f.Version, f.Digitised, f.Reused, f.FromNationalStore })
            .ToListAsync(cancellationToken);
        return [.. files
            .GroupBy(f => (f.Role, f.DocumentName))
            .Select(g => g.MaxBy(f => f.Version)!)
            .OrderBy(f => f.Id)
            .Select(f => new PortalFileFacts(f.Id, f.Role, f.DocumentName, f.Digitised, f.Reused, f.FromNationalStore))];
    }
}

/// <summary>
/// The files of the dossier record (integrations.md §1.4): <c>TaiLieuNop</c> one entry per submitted
/// document, with the file's id and the post-766 flags <c>DuocSoHoa</c>, <c>DuocTaiSuDung</c>,
/// <c>DuocLayTuKhoDMQG</c> ("0"/"1") when a file is attached; <c>DanhSachGiayToKetQua</c> the result documents.
/// </summary>
public static class PortalFileRecords
{
    public static IReadOnlyList<PortalSubmittedFile> SubmittedFiles(Dossier dossier, IReadOnlyList<PortalFileFacts> files)
    {
        var submitted = files.Where(f => f.Role == FileRole.Submitted).ToDictionary(f => f.DocumentName);
        return [.. dossier.Documents.Select(d => submitted.TryGetValue(d.Name, out var file)
            ? new PortalSubmittedFile(d.Name, "False")
            {
                TepDinhKemId = file.Id.ToString(),
                DuocSoHoa = Flag(file.Digitised),
                DuocTaiSuDung = Flag(file.Reused),
                DuocLayTuKhoDMQG = Flag(file.FromNationalStore),
            }
            : new PortalSubmittedFile(d.Name, "False"))];
    }

    public static IReadOnlyList<PortalResultDocument>? ResultDocuments(IReadOnlyList<PortalFileFacts> files)
    {
        var results = files.Where(f => f.Role == FileRole.Result).ToList();
        return results.Count == 0 ? null : [.. results.Select(f => new PortalResultDocument(f.DocumentName, f.Id.ToString()))];
    }

    private static string Flag(bool value) => value ? "1" : "0";
}

/// <summary>A result document of <c>DanhSachGiayToKetQua</c>: its name and our id of its file.</summary>
public sealed record PortalResultDocument(string TenGiayTo, string GiayToId);
