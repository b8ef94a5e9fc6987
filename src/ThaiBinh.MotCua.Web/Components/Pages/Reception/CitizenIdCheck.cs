using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Web.Components.Pages.Reception;

/// <summary>
/// The desk's CCCD field checked as typed (wwwroot/reception.js asks here on each pause in typing):
/// the very check the receipt's validator runs (<c>CitizenId.TryParse</c> with the birth date), answered as its
/// message, or nothing when the number reads. The page stays server-rendered; only the message moves.
/// </summary>
public static class CitizenIdCheck
{
    public const string Path = "/tiep-nhan/kiem-tra-cccd";

    public static IEndpointRouteBuilder MapCitizenIdCheck(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? so, [FromQuery(Name = "ngay-sinh")] string? birthDate) =>
                Results.Text(
                    string.IsNullOrWhiteSpace(so) || CitizenId.TryParse(so, ReceptionInput.ReadBirthDate(birthDate), out _, out var error) ? "" : error,
                    "text/plain; charset=utf-8"))
            .RequireAuthorization(policy => policy.RequireRole("Reception"))
            .ExcludeFromDescription();
        return endpoints;
    }
}
