using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Officers.List;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Officers;

/// <summary>
/// What every change of an account shares: only an active admin makes it, the account is found by
/// id, and the change leaves an audit line (no dossier) in the same save, naming the account and what
/// changed. The officers are part of the cached reference data, so this process rereads it at once.
/// </summary>
public sealed class OfficerAdministration(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, TimeProvider clock)
{
    public const string Created = "officer.created";
    public const string Deactivated = "officer.deactivated";
    public const string Reactivated = "officer.reactivated";
    public const string PasswordReset = "officer.password-reset";
    public const string RolesChanged = "officer.roles-changed";
    public const string EmailChanged = "officer.email-changed";

    public async Task<OfficerContext> AdminAsync(CancellationToken cancellationToken) =>
        (await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken))
            .RequireAdmin("Chỉ quản trị hệ thống quản lý được tài khoản cán bộ.");

    public async Task<Officer> OfficerAsync(Guid officerId, CancellationToken cancellationToken) =>
        await db.Officers.SingleOrDefaultAsync(o => o.Id == officerId, cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy tài khoản cán bộ này.");

    /// <summary>Records the change and saves it with the account.</summary>
    public async Task<OfficerDto> SaveAsync(OfficerContext admin, string action, Officer officer, string details, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry(
            clock.GetUtcNow(), admin.OfficerId, admin.Username, admin.IpAddress, action, null, null, null, null,
            $"Tài khoản {officer.Username}: {details}"));
        await db.SaveChangesAsync(cancellationToken);
        reference.Invalidate();

        var office = (await reference.CurrentAsync(cancellationToken)).Office(officer.OfficeId)!;
        return new OfficerDto(officer.Id, officer.Username, officer.FullName, [.. officer.Roles.Select(r => r.ToString())], officer.IsActive, office.Code, officer.Email);
    }

    public static string Describe(IEnumerable<Role> roles) => string.Join(", ", roles.Select(r => r.ToString()));
}
