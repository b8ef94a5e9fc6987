using FluentValidation;
using Mediator;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Evaluations;

namespace ThaiBinh.MotCua.Application.Evaluations.Give;

/// <summary>The citizen rates through the link of the returned notice, without an account.</summary>
public sealed record RateThroughLinkCommand(string Token, IReadOnlyDictionary<string, string?>? Answers, string? Overall, string? Comment)
    : ICommand<EvaluationDto>, IEvaluationAnswers;

public sealed class RateThroughLinkCommandValidator : AbstractValidator<RateThroughLinkCommand>
{
    public RateThroughLinkCommandValidator()
    {
        RuleFor(c => c.Token).SingleLineText().MaximumLength(EvaluationTokens.MaxLength).WithMessage("Đường dẫn đánh giá không đúng.");
        this.AddEvaluationRules();
    }
}

public sealed class RateThroughLinkCommandHandler(IMotCuaDbContext db, IReferenceData reference, IEvaluationLinks links, TimeProvider clock)
    : ICommandHandler<RateThroughLinkCommand, EvaluationDto>
{
    public async ValueTask<EvaluationDto> Handle(RateThroughLinkCommand command, CancellationToken cancellationToken)
    {
        var rated = await EvaluationTokens.FindAsync(db, reference, links, command.Token, cancellationToken);
        return await EvaluationRecorder.RecordAsync(db, rated.Service, command, EvaluationChannel.Link, null, clock.GetUtcNow(), cancellationToken);
    }
}
