using Mediator;
using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Api.Endpoints;

/// <summary>The printed forms, as PDF files to open or download.</summary>
internal static class FormEndpoints
{
    public static void MapFormEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/dossiers/{code}/forms/{form}.pdf", DossierForm)
            .WithTags("Biểu mẫu")
            .RequireAuthorization()
            .WithSummary("Biểu mẫu của hồ sơ (PDF): receipt, supplement-request, refusal, apology, control-sheet.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapGet("/api/offices/{officeCode}/ledger.pdf", Ledger)
            .WithTags("Biểu mẫu")
            .RequireAuthorization()
            .WithSummary("Sổ theo dõi hồ sơ (Mẫu 06) của một cơ quan từ ngày from đến ngày to.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> DossierForm(string code, string form, ISender sender, CancellationToken cancellationToken) =>
        Pdf(await sender.Send(new GetDossierFormQuery(code, form), cancellationToken));

    private static async Task<IResult> Ledger(string officeCode, DateOnly? from, DateOnly? to, ISender sender, CancellationToken cancellationToken) =>
        Pdf(await sender.Send(new GetOfficeLedgerQuery(officeCode, from, to), cancellationToken));

    private static IResult Pdf(PrintedForm file) => TypedResults.File(file.Content, "application/pdf", file.FileName);
}
