using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Evaluations;

namespace ThaiBinh.MotCua.Application.Evaluations.Give;

/// <summary>What the citizen filled in, as the API reads it: answers by indicator number ("1": "a" … "9": "c").</summary>
public interface IEvaluationAnswers
{
    IReadOnlyDictionary<string, string?>? Answers { get; }

    string? Overall { get; }

    string? Comment { get; }
}

/// <summary>The rules of a filled-in form, shared by the link and the desk; errors name "answers.{n}", "overall", "comment".</summary>
public static class EvaluationRules
{
    private static readonly string[] Numbers = [.. Enumerable.Range(1, EvaluationForm.IndicatorCount).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    public static void AddEvaluationRules<T>(this AbstractValidator<T> validator)
        where T : IEvaluationAnswers
    {
        validator.RuleFor(c => c.Answers).Custom((answers, context) =>
        {
            if (answers is null)
            {
                context.AddFailure(new ValidationFailure("answers", $"Vui lòng trả lời đủ {EvaluationForm.IndicatorCount} chỉ số của phiếu đánh giá (answers)."));
                return;
            }

            if (answers.Keys.Any(k => !Numbers.Contains(k)))
            {
                context.AddFailure(new ValidationFailure("answers", $"Phiếu đánh giá chỉ có các chỉ số từ 1 đến {EvaluationForm.IndicatorCount}."));
            }

            foreach (var number in Numbers)
            {
                if (!answers.TryGetValue(number, out var letter) || string.IsNullOrWhiteSpace(letter))
                {
                    context.AddFailure(new ValidationFailure($"answers.{number}", $"Vui lòng chọn câu trả lời cho chỉ số {number}."));
                }
                else if (EvaluationAnswers.Parse(letter) is null)
                {
                    context.AddFailure(new ValidationFailure($"answers.{number}", $"Câu trả lời của chỉ số {number} phải là a, b hoặc c."));
                }
            }
        });
        validator.RuleFor(c => c.Overall)
            .NotEmpty().WithMessage("Vui lòng chọn mức độ hài lòng chung (overall).")
            .Must(o => OverallSatisfactions.Parse(o) is not null)
            .When(c => !string.IsNullOrEmpty(c.Overall))
            .WithMessage("Mức độ hài lòng chung (overall) phải là very-satisfied (rất hài lòng), satisfied (hài lòng) hoặc dissatisfied (không hài lòng).");
        validator.RuleFor(c => c.Comment)
            .MultiLineText()
            .MaximumLength(DossierEvaluation.MaxCommentLength).WithMessage($"Ý kiến khác dài tối đa {DossierEvaluation.MaxCommentLength} ký tự.");
    }

    /// <summary>The answers in the form's order, once the rules passed.</summary>
    public static IReadOnlyList<EvaluationAnswer> Sheet(this IEvaluationAnswers input) =>
        [.. Numbers.Select(n => EvaluationAnswers.Parse(input.Answers![n])!.Value)];

    public static OverallSatisfaction Level(this IEvaluationAnswers input) => OverallSatisfactions.Parse(input.Overall)!.Value;
}
