namespace ThaiBinh.MotCua.Application.Common.Outbox;

/// <summary>
/// Turns a delivery of a person's notice (a citizen's, a supervisor's digest, a handler's list) into
/// the text its channel sends, from the templates an admin edits. The channels (email, SMS, Zalo)
/// ask it; they never write text of their own.
/// </summary>
public interface INoticeComposer
{
    ValueTask<ComposedNotice> ComposeAsync(OutboxDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>
/// <c>Subject</c> for email (null elsewhere); <c>Body</c> as the channel sends it: email and Zalo in
/// Vietnamese with diacritics, SMS without diacritics within two segments; <c>Fields</c> the template's
/// values by placeholder name, for a channel that sends a structured template (Zalo OA).
/// </summary>
public sealed record ComposedNotice(string? Subject, string Body, IReadOnlyDictionary<string, string> Fields);
