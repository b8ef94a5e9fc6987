namespace ThaiBinh.MotCua.Application.Notices.Templates;

/// <summary>A template as the admin sees it, with the placeholders it may use and its version (the ETag of an edit).</summary>
public sealed record NoticeTemplateDto(
    string MessageType,
    string Channel,
    string? Subject,
    string Body,
    bool IsActive,
    int Version,
    DateTimeOffset UpdatedAt,
    string? UpdatedBy,
    IReadOnlyList<PlaceholderDto> Placeholders)
{
    public static NoticeTemplateDto Of(NoticeTemplate template) => new(
        template.MessageType,
        template.Channel,
        template.Subject,
        template.Body,
        template.IsActive,
        template.Version,
        template.UpdatedAt,
        template.UpdatedBy,
        [.. NoticePlaceholders.For(template.MessageType).Select(p => new PlaceholderDto("{" + p.Name + "}", p.Description))]);
}

public sealed record PlaceholderDto(string Name, string Description);
