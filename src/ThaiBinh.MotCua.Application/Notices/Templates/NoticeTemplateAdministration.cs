using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Notices.Templates;

/// <summary>Only an active admin reads or edits the templates.</summary>
public sealed class NoticeTemplateAdministration(IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference)
{
    public async Task<OfficerContext> AdminAsync(CancellationToken cancellationToken) =>
        (await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken))
            .RequireAdmin("Chỉ quản trị hệ thống xem và sửa được mẫu thông báo.");
}
