using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Infrastructure.Security;

namespace ThaiBinh.MotCua.Api.Security;

internal sealed class HttpCurrentOfficer(IHttpContextAccessor accessor) : ICurrentOfficer
{
    public Guid? OfficerId =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirst(MotCuaClaims.Subject)?.Value, out var id) ? id : null;

    public string? Username => accessor.HttpContext?.User.FindFirst(MotCuaClaims.Username)?.Value;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
