using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Auth;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Api.Security;

/// <summary>
/// The token's holder is, in the database and right now, an active officer holding the Admin role.
/// A token says what was true when it was issued, for eight hours; the dashboard can run and delete
/// jobs, so it asks the database on every request instead.
/// </summary>
internal sealed class StillActiveAdminRequirement : IAuthorizationRequirement;

internal sealed class StillActiveAdminHandler(IMotCuaDbContext db) : AuthorizationHandler<StillActiveAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StillActiveAdminRequirement requirement)
    {
        if (!Guid.TryParse(context.User.FindFirst(OfficerClaims.Subject)?.Value, out var officerId))
        {
            return;
        }

        var officer = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officerId);
        if (officer is { IsActive: true } && officer.HasRole(Role.Admin))
        {
            context.Succeed(requirement);
        }
    }
}
