using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Web.Components.Shared;

/// <summary>
/// What a page tells the officer when a use case refuses: one message for the page and the field
/// errors under their fields (named as the API names them). The refusals are the use cases' own,
/// in Vietnamese; a page never words a rule of its own.
/// </summary>
public sealed record PageErrors(string? Message, IReadOnlyDictionary<string, string[]> Fields)
{
    public static readonly PageErrors None = new(null, new Dictionary<string, string[]>());

    public bool Any => Message is not null || Fields.Count > 0;

    /// <summary>Someone else's change came first: the page reloads the dossier and says so.</summary>
    public bool IsStale { get; init; }

    public string[] For(string field) => Fields.TryGetValue(field, out var messages) ? messages : [];

    public static PageErrors Of(string message) => None with { Message = message };

    /// <summary>Runs a use case; a refusal it may lawfully give becomes errors, anything else stays an exception.</summary>
    public static async Task<(T? Value, PageErrors Errors)> TryAsync<T>(Func<Task<T>> useCase)
    {
        try
        {
            return (await useCase(), None);
        }
        catch (Exception exception) when (FromRefusal(exception) is { } errors)
        {
            return (default, errors);
        }
    }

    private static PageErrors? FromRefusal(Exception exception) => exception switch
    {
        ValidationException validation => new PageErrors(
            "Một số thông tin chưa đúng; xem hướng dẫn dưới từng ô.",
            validation.Errors
                .GroupBy(f => f.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray())),
        PreconditionFailedException or ConcurrentChangeException => Of(exception.Message) with { IsStale = true },
        InvalidCredentialsException or TooManyAttemptsException or NotFoundException or ForbiddenException
            or IdempotencyConflictException or DomainRuleException or NotSignedInException => Of(exception.Message),
        _ => null,
    };
}
