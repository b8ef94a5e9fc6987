using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Audit;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Notices.Templates.Edit;

/// <summary>
/// An admin rewrites one template (the message type on one channel), or turns it off. With
/// <see cref="ExpectedVersion"/> (If-Match), an edit of an older copy than the stored one is refused.
/// </summary>
public sealed record EditNoticeTemplateCommand(string? Subject, string? Body, bool? IsActive) : ICommand<NoticeTemplateDto>
{
    [JsonIgnore]
    public string MessageType { get; init; } = string.Empty;

    [JsonIgnore]
    public string Channel { get; init; } = string.Empty;

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

public sealed class EditNoticeTemplateCommandHandler(IMotCuaDbContext db, NoticeTemplateAdministration administration, TimeProvider clock)
    : ICommandHandler<EditNoticeTemplateCommand, NoticeTemplateDto>
{
    public const string Edited = "notice-template.edited";

    public async ValueTask<NoticeTemplateDto> Handle(EditNoticeTemplateCommand command, CancellationToken cancellationToken)
    {
        var admin = await administration.AdminAsync(cancellationToken);
        var template = await db.NoticeTemplates.SingleOrDefaultAsync(
                t => t.MessageType == command.MessageType && t.Channel == command.Channel, cancellationToken)
            ?? throw new NotFoundException($"Không có mẫu thông báo {command.MessageType} cho kênh {command.Channel}.");
        if (command.ExpectedVersion is { } expected && expected != template.Version)
        {
            throw new PreconditionFailedException(
                $"Mẫu thông báo này vừa được sửa (phiên bản {template.Version}, bạn đang sửa phiên bản {expected}). Hãy tải lại mẫu rồi sửa lại.");
        }

        var now = clock.GetUtcNow();
        template.Edit(command.Subject, command.Body!, command.IsActive!.Value, admin.Username, now);
        db.AuditEntries.Add(new AuditEntry(
            now, admin.OfficerId, admin.Username, admin.IpAddress, Edited, null, null, null, null,
            $"Mẫu thông báo {template.MessageType} ({template.Channel}): phiên bản {template.Version}, {(template.IsActive ? "đang dùng" : "tắt")}"));
        await db.SaveChangesAsync(cancellationToken);
        return NoticeTemplateDto.Of(template);
    }
}
