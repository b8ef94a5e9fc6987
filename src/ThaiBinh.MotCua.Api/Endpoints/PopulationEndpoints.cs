using Mediator;
using ThaiBinh.MotCua.Application.Population;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>Lookups of citizens in the national population database (CSDLQG về dân cư), and their log.</summary>
internal static class PopulationEndpoints
{
    public static void MapPopulationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/citizens/lookups", LookUp)
            .WithTags("Hồ sơ")
            .RequireAuthorization()
            .WithSummary("Xác thực công dân với CSDLQG về dân cư theo số định danh, họ tên, ngày sinh và mục đích (reason); lần tra cứu được ghi nhật ký trước khi gọi. "
                + "Kết quả outcome: verified (điền sẵn thông tin công dân), not-found, mismatch hoặc unavailable (không kết nối được: tiếp tục tiếp nhận thủ công). "
                + "Gửi lookupId kèm hồ sơ (populationLookupId) để ghi hồ sơ đã xác thực.")
            .Produces<CitizenLookupResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        endpoints.MapGet("/api/admin/population-lookups", List)
            .WithTags("Quản trị")
            .RequireAuthorization()
            .WithSummary("Nhật ký tra cứu CSDLQG về dân cư trong phạm vi giám sát, mới nhất trước (citizenId, from, to, page, pageSize).")
            .Produces<PopulationLookupPageDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> LookUp(LookUpCitizenCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    private static async Task<IResult> List([AsParameters] ListPopulationLookupsQuery query, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
