using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Procedures.List;

/// <summary>
/// The catalogue as in force on a day (today by default), filtered by level, by exact code, or by
/// words of the name or code typed with or without diacritics (<see cref="ProcedureSearch"/>).
/// </summary>
public sealed record ListProceduresQuery(string? Level, string? Search, string? Code, DateOnly? On) : IQuery<IReadOnlyList<ProcedureDto>>;

public sealed record LimitDto(string Unit, int Amount, string Text);

public sealed record RouteStepDto(int Order, string Kind, string Office, int BudgetHours);

public sealed record ProcedureDto(
    string Code,
    string Name,
    string Field,
    string Level,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    LimitDto Limit,
    long FeeVnd,
    string? FeeNote,
    IReadOnlyList<RequiredDocument> RequiredDocuments,
    IReadOnlyList<string> ResultDelivery,
    bool HandledFullyAtDesk,
    string SupplementPolicy,
    IReadOnlyList<RouteStepDto> Route);

public sealed class ListProceduresQueryHandler(IMotCuaDbContext db, TimeProvider clock)
    : IQueryHandler<ListProceduresQuery, IReadOnlyList<ProcedureDto>>
{
    public async ValueTask<IReadOnlyList<ProcedureDto>> Handle(ListProceduresQuery query, CancellationToken cancellationToken)
    {
        var on = query.On ?? VietnamToday.Of(clock);
        var procedures = db.Procedures.AsNoTracking().Include(p => p.Versions).AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            procedures = procedures.Where(p => p.LevelCode == query.Level);
        }

        if (!string.IsNullOrWhiteSpace(query.Code))
        {
            procedures = procedures.Where(p => p.Code == query.Code);
        }

        var search = new ProcedureSearch(query.Search);
        var result = new List<ProcedureDto>();
        foreach (var procedure in await procedures.OrderBy(p => p.LevelCode).ThenBy(p => p.Name).ToListAsync(cancellationToken))
        {
            var version = procedure.VersionOn(on);
            if (version is not null && search.Matches(procedure.Name, procedure.Code))
            {
                result.Add(ToDto(procedure, version));
            }
        }

        return result;
    }

    private static ProcedureDto ToDto(Procedure procedure, ProcedureVersion version) => new(
        procedure.Code,
        procedure.Name,
        procedure.Field,
        procedure.LevelCode,
        version.ValidFrom,
        version.ValidTo,
        new LimitDto(JsonNaming.CamelCase(version.LimitUnit.ToString()), version.LimitAmount, version.Limit.ToString()),
        version.FeeVnd,
        version.FeeNote,
        version.RequiredDocuments,
        [.. version.ResultDeliveries.Select(d => JsonNaming.CamelCase(d.ToString()))],
        version.HandledFullyAtDesk,
        JsonNaming.CamelCase(version.SupplementPolicy.ToString()),
        [.. version.Route.Select((s, i) => new RouteStepDto(i + 1, JsonNaming.CamelCase(s.Kind.ToString()), s.Office, s.BudgetHours))]);
}
