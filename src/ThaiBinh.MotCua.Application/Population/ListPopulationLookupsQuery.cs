using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Application.Population;

/// <summary>
/// The lookup log for a supervisor or an admin, newest first: the lookups of the offices in their
/// scope, optionally of one identity number and between two days (Vietnam's, both included).
/// </summary>
public sealed record ListPopulationLookupsQuery(string? CitizenId, DateOnly? From, DateOnly? To, int? Page, int? PageSize) : IQuery<PopulationLookupPageDto>;

public sealed record PopulationLookupPageDto(int Page, int PageSize, int Total, IReadOnlyList<PopulationLookupDto> Items);

public sealed record PopulationLookupDto(
    Guid Id, DateTimeOffset RequestedAt, string Officer, string OfficerName, string Office, string CitizenId, string Reason,
    string? DossierCode, string RequestId, string Outcome, string? Detail, DateTimeOffset? FinishedAt);

public sealed class ListPopulationLookupsQueryValidator : AbstractValidator<ListPopulationLookupsQuery>
{
    public ListPopulationLookupsQueryValidator()
    {
        RuleFor(q => q.CitizenId).SingleLineText().Matches("^[0-9]{9}([0-9]{3})?$").WithMessage("Số định danh cá nhân gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).");
        RuleFor(q => q.From).SupportedDay();
        RuleFor(q => q.To).SupportedDay();
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || to >= q.From).WithMessage("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000).When(q => q.Page is not null).WithMessage("Số trang từ 1 đến 100000.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200).When(q => q.PageSize is not null).WithMessage("Số dòng mỗi trang từ 1 đến 200.");
    }
}

public sealed class ListPopulationLookupsQueryHandler(IMotCuaDbContext db, SupervisionScope scope) : IQueryHandler<ListPopulationLookupsQuery, PopulationLookupPageDto>
{
    public const int DefaultPageSize = 50;

    public async ValueTask<PopulationLookupPageDto> Handle(ListPopulationLookupsQuery query, CancellationToken cancellationToken)
    {
        var (_, subtree) = await scope.ResolveAsync(null, cancellationToken);
        var page = query.Page ?? 1;
        var size = query.PageSize ?? DefaultPageSize;
        var lookups =
            from lookup in db.PopulationLookups.AsNoTracking()
            join office in db.Offices on lookup.OfficeId equals office.Id
            join officer in db.Officers on lookup.OfficerId equals officer.Id
            where subtree.Contains(office.UnitId)
            select new { lookup, office.Name, officer.Username, OfficerName = officer.FullName };
        if (query.CitizenId is { Length: > 0 } citizenId)
        {
            lookups = lookups.Where(l => l.lookup.CitizenId == citizenId);
        }

        if (query.From is { } from)
        {
            var start = VietnamTime.StartOf(from);
            lookups = lookups.Where(l => l.lookup.RequestedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = VietnamTime.StartOf(to.AddDays(1));
            lookups = lookups.Where(l => l.lookup.RequestedAt < end);
        }

        var total = await lookups.CountAsync(cancellationToken);
        var rows = await lookups.OrderByDescending(l => l.lookup.RequestedAt).ThenByDescending(l => l.lookup.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PopulationLookupPageDto(page, size, total, [.. rows.Select(r => new PopulationLookupDto(
            r.lookup.Id, r.lookup.RequestedAt, r.Username, r.OfficerName, r.Name, r.lookup.CitizenId, r.lookup.Reason, r.lookup.DossierCode,
            r.lookup.RequestId, PopulationMatch.Key(r.lookup.Outcome), r.lookup.Detail, r.lookup.FinishedAt))]);
    }
}
