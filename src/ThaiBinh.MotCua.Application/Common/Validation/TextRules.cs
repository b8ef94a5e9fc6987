using FluentValidation;

namespace ThaiBinh.MotCua.Application.Common.Validation;

/// <summary>The text policy as FluentValidation rules; a null or empty value passes (other rules say whether it is required).</summary>
public static class TextRules
{
    private const string Problem = "TextProblem";

    /// <summary>Names, codes, addresses, search words: one line, no control or invisible characters.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLineText<T>(this IRuleBuilder<T, string?> rule) => rule.Text(multiLine: false);

    /// <summary>Notes and reasons typed in a text area: line breaks and tabs allowed, nothing else invisible.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLineText<T>(this IRuleBuilder<T, string?> rule) => rule.Text(multiLine: true);

    private static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, bool multiLine) =>
        rule.Must((_, value, context) =>
            {
                if (value is null || TextPolicy.FirstRefused(value, multiLine) is not { } refused)
                {
                    return true;
                }

                context.MessageFormatter.AppendArgument(Problem, refused.Message);
                return false;
            })
            .WithMessage($"{{{Problem}}}");
}
