using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>
/// Fills notice_templates from Seeding/Data/notice-templates.json for every (message type, channel)
/// that has no row yet, at every start. ON CONFLICT DO NOTHING: an admin's edit is never overwritten,
/// and two servers starting at once insert each row once.
/// </summary>
internal sealed class NoticeTemplateSeeder(MotCuaDbContext db, TimeProvider clock)
{
    public const string FileName = "notice-templates.json";

    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var file = SeedFiles.Open(FileName);
        var templates = await JsonSerializer.DeserializeAsync<List<ShippedTemplate>>(file, FileJson, cancellationToken)
            ?? throw new InvalidOperationException($"{FileName} holds no templates.");
        var now = clock.GetUtcNow();
        foreach (var template in templates)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO notice_templates (id, message_type, channel, subject, body, is_active, version, updated_at, updated_by)
                VALUES ({Guid.CreateVersion7()}, {template.MessageType}, {template.Channel}, {template.Subject}, {template.Body}, {template.IsActive}, 1, {now}, NULL)
                ON CONFLICT (message_type, channel) DO NOTHING
                """,
                cancellationToken);
        }
    }

    /// <summary>One entry of the file.</summary>
    internal sealed record ShippedTemplate(string MessageType, string Channel, string? Subject, string Body, bool IsActive);
}
