using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Notices.Templates;

/// <summary>Only an active admin reads or edits the templates.</summary>
public sealed class NoticeTemplateAdministration(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference)
{
    public async Task<OfficerContext> AdminAsync(CancellationToken cancellationToken)
    {
        var admin = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        return admin.Has(Role.Admin)
            ? admin
            : throw new ForbiddenException("Chỉ quản trị hệ thống xem và sửa được mẫu thông báo.");
    }
}
