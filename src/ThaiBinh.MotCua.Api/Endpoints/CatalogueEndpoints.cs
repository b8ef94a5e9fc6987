using Mediator;
using ThaiBinh.MotCua.Application.Procedures.List;
using ThaiBinh.MotCua.Application.Units.Get;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>The reference data the desk works from: procedures and administrative units.</summary>
internal static class CatalogueEndpoints
{
    public static void MapCatalogueEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/procedures", ListProcedures)
            .WithTags("Danh mục")
            .AllowAnonymous()
            .WithSummary("Danh mục thủ tục hành chính đang áp dụng (level, search, code, on=yyyy-MM-dd).");

        endpoints.MapGet("/api/units", GetUnits)
            .WithTags("Danh mục")
            .AllowAnonymous()
            .WithSummary("Cây đơn vị hành chính đang có hiệu lực; parentCode= trả các đơn vị trực thuộc.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListProcedures(
        string? level, string? search, string? code, DateOnly? on, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListProceduresQuery(level, search, code, on), cancellationToken));

    private static async Task<IResult> GetUnits(string? parentCode, DateOnly? on, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitsQuery(parentCode, on), cancellationToken));
}
