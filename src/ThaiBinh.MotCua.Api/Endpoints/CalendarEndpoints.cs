using Mediator;
using ThaiBinh.MotCua.Application.Calendar.Deadline;
using ThaiBinh.MotCua.Application.Calendar.GetYear;
using ThaiBinh.MotCua.Application.Calendar.SetDay;
using ThaiBinh.MotCua.Web.Security;

namespace ThaiBinh.MotCua.Api.Endpoints;

internal static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/calendar").WithTags("Lịch làm việc");

        group.MapGet("/deadline", CalculateDeadline)
            .AllowAnonymous()
            .WithSummary("Tính thời hạn: from (ISO 8601) và đúng một trong workingDays, workingHours, sameDay=true.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{year:int}", GetYear)
            .AllowAnonymous()
            .WithSummary("Các ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi và thứ Bảy làm bù của một năm.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPut("/days/{date}", SetDay)
            .RequireAuthorization(PolicyNames.Admin)
            .WithSummary("Quản trị thêm hoặc sửa một ngày; thời hạn của hồ sơ đang xử lý được tính lại.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> GetYear(int year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCalendarYearQuery(year), cancellationToken));

    private static async Task<IResult> CalculateDeadline(
        DateTimeOffset? from, int? workingDays, int? workingHours, bool? sameDay, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CalculateDeadlineQuery(from, workingDays, workingHours, sameDay), cancellationToken));

    private static async Task<IResult> SetDay(DateOnly date, SetCalendarDayBody body, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetCalendarDayCommand(date, body.Kind, body.Name, body.Reason), cancellationToken));

    /// <summary>PUT body: kind (holiday, compensatory, swapped_off, working_saturday, working_day), name, reason.</summary>
    internal sealed record SetCalendarDayBody(string? Kind, string? Name, string? Reason);
}
