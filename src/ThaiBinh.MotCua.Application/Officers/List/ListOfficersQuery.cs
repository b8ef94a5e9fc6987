using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Officers.List;

/// <summary>
/// The officers of an office (the caller's own by default), by name; <see cref="Role"/> keeps those
/// holding it (the specialists a dossier can be assigned to), <see cref="IncludeInactive"/> the
/// deactivated accounts too. Any officer sees their own office's colleagues; only an admin another
/// office's.
/// </summary>
public sealed record ListOfficersQuery(string? Office = null, string? Role = null, bool IncludeInactive = false)
    : IQuery<IReadOnlyList<OfficerDto>>;

/// <summary>An account; <c>Email</c> is where its digests go (null: none sent).</summary>
public sealed record OfficerDto(Guid Id, string Username, string FullName, IReadOnlyList<string> Roles, bool IsActive, string OfficeCode, string? Email);

public sealed class ListOfficersQueryHandler(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, TimeProvider clock)
    : IQueryHandler<ListOfficersQuery, IReadOnlyList<OfficerDto>>
{
    public async ValueTask<IReadOnlyList<OfficerDto>> Handle(ListOfficersQuery query, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var office = query.Office is null
            ? snapshot.Office(officer.OfficeId)!
            : snapshot.OfficeOn(query.Office, VietnamToday.Of(clock)) ?? throw new NotFoundException($"Không tìm thấy cơ quan mã {query.Office}.");
        if (office.Id != officer.OfficeId && !officer.Has(Domain.Officers.Role.Admin))
        {
            throw new ForbiddenException("Chỉ quản trị hệ thống xem được cán bộ của cơ quan khác.");
        }

        var wanted = query.Role is null ? (Role?)null : Enum.Parse<Role>(query.Role, ignoreCase: true);
        var officers = await db.Officers
            .Where(o => o.OfficeId == office.Id && (query.IncludeInactive || o.IsActive))
            .OrderBy(o => o.FullName)
            .ToListAsync(cancellationToken);
        return
        [
            .. officers
                .Where(o => wanted is null || o.HasRole(wanted.Value))
                .Select(o => new OfficerDto(o.Id, o.Username, o.FullName, [.. o.Roles.Select(r => r.ToString())], o.IsActive, office.Code, o.Email)),
        ];
    }
}
