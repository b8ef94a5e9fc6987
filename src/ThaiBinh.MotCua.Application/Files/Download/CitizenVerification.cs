using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers.PublicLookup;

namespace ThaiBinh.MotCua.Application.Files.Download;

/// <summary>
/// The public lookup's verification, for what only the citizen may take away: the dossier when the
/// digits match (<see cref="PublicDossierQueryHandler.Matches"/>), counted like the lookup's own
/// attempts, so downloads give a guesser no more tries than the lookup does.
/// </summary>
public sealed class CitizenVerification(IMotCuaDbContext db, IVerificationAttempts attempts)
{
    public async Task<VerifiedDossier> VerifiedAsync(string code, string? verify, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == code.Trim())
            .Select(d => new { d.Id, d.Code, d.Applicant })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Không tìm thấy hồ sơ có mã {code}. Hãy kiểm tra lại mã trên giấy tiếp nhận.");
        var digits = verify?.Trim() ?? string.Empty;
        if (!await attempts.AttemptAsync(dossier.Id, PublicDossierQueryHandler.Matches(dossier.Applicant, digits), cancellationToken))
        {
            throw new ForbiddenException("Mã xác minh không đúng: nhập 4 số cuối của số điện thoại, số định danh hoặc mã số thuế đã khai khi nộp hồ sơ.");
        }

        return new VerifiedDossier(dossier.Id, dossier.Code);
    }
}

public sealed record VerifiedDossier(Guid Id, string Code);
