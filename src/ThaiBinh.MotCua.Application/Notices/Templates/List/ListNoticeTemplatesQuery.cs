using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Notices.Templates.List;

/// <summary>Every notice template, by message type and channel (admins only).</summary>
public sealed record ListNoticeTemplatesQuery : IQuery<IReadOnlyList<NoticeTemplateDto>>;

public sealed class ListNoticeTemplatesQueryHandler(IMotCuaDbContext db, NoticeTemplateAdministration administration)
    : IQueryHandler<ListNoticeTemplatesQuery, IReadOnlyList<NoticeTemplateDto>>
{
    public async ValueTask<IReadOnlyList<NoticeTemplateDto>> Handle(ListNoticeTemplatesQuery query, CancellationToken cancellationToken)
    {
        await administration.AdminAsync(cancellationToken);
        var templates = await db.NoticeTemplates.AsNoTracking()
            .OrderBy(t => t.MessageType).ThenBy(t => t.Channel)
            .ToListAsync(cancellationToken);
        return [.. templates.Select(NoticeTemplateDto.Of)];
    }
}
