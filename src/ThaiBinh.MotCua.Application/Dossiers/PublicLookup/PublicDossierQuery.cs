using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.PublicLookup;

/// <summary>
/// Tra cứu hồ sơ for citizens, no sign-in: status in plain Vietnamese, dates and the offices. Codes are
/// sequential, so anything that says what the applicant asked for (the procedure: a judicial record,
/// a death registration…) or who they are appears only when <see cref="Verify"/> matches the last
/// four digits of their phone, ID or tax number; wrong digits are counted per dossier.
/// </summary>
public sealed record PublicDossierQuery(string Code, string? Verify) : IQuery<PublicDossierDto>;

public sealed record PublicDossierDto(
    string Code,
    string? Procedure,
    string Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    string ReceivingOffice,
    string CurrentOffice,
    DateTimeOffset? FinishedAt,
    string? ApplicantName);

public sealed class PublicDossierQueryHandler(IMotCuaDbContext db, IVerificationAttempts verifications) : IQueryHandler<PublicDossierQuery, PublicDossierDto>
{
    public async ValueTask<PublicDossierDto> Handle(PublicDossierQuery query, CancellationToken cancellationToken)
    {
        // Only the columns the answer shows: the whole dossier would bring its hand-offs and history
        // by two more queries.
        var row = await (
            from dossier in db.Dossiers.AsNoTracking()
            where dossier.Code == query.Code.Trim()
            join version in db.ProcedureVersions on dossier.ProcedureVersionId equals version.Id
            join procedure in db.Procedures on new { Code = version.ProcedureCode, version.LevelCode } equals new { procedure.Code, procedure.LevelCode }
            join receiving in db.Offices on dossier.ReceivingOfficeId equals receiving.Id
            join current in db.Offices on dossier.CurrentOfficeId equals current.Id
            select new
            {
                dossier.Id,
                dossier.Code,
                dossier.Status,
                dossier.ReceivedAt,
                dossier.DueAt,
                dossier.FinishedAt,
                dossier.Applicant,
                ProcedureName = procedure.Name,
                Receiving = receiving.Name,
                Current = current.Name,
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Không tìm thấy hồ sơ có mã {query.Code}. Hãy kiểm tra lại mã trên giấy tiếp nhận.");

        var verify = query.Verify?.Trim();
        var verified = !string.IsNullOrEmpty(verify)
            && await verifications.AttemptAsync(row.Id, Matches(row.Applicant, verify), cancellationToken);
        return new PublicDossierDto(
            row.Code,
            verified ? row.ProcedureName : null,
            row.Status.Label(),
            row.ReceivedAt,
            row.DueAt,
            row.Receiving,
            row.Status == DossierStatus.ResultReady ? row.Receiving : row.Current,
            row.FinishedAt,
            verified ? row.Applicant.FullName : null);
    }

    internal static bool Matches(Applicant applicant, string verify) =>
        verify.Length == 4
        && new[] { applicant.Phone, applicant.CitizenId, applicant.TaxCode }
            .Any(value => value is not null && Digits(value).EndsWith(verify, StringComparison.Ordinal));

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);
}
