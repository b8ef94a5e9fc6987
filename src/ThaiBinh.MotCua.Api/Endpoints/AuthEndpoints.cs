using Mediator;
using ThaiBinh.MotCua.Application.Auth;
using ThaiBinh.MotCua.Application.Auth.CurrentOfficer;
using ThaiBinh.MotCua.Application.Auth.IssueToken;

namespace ThaiBinh.MotCua.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Đăng nhập");

        group.MapPost("/token", IssueToken)
            .AllowAnonymous()
            .WithSummary("Đăng nhập bằng tên đăng nhập và mật khẩu; trả về access token (JWT).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapGet("/me", GetCurrentOfficer)
            .RequireAuthorization()
            .WithSummary("Thông tin cán bộ đang đăng nhập: vai trò, cơ quan, đơn vị hành chính.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> IssueToken(IssueTokenCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    private static async Task<IResult> GetCurrentOfficer(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok<OfficerProfileDto>(await sender.Send(new GetCurrentOfficerQuery(), cancellationToken));
}
