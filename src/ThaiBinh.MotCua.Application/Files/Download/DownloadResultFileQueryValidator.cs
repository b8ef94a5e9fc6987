using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Files.Download;

public sealed class DownloadResultFileQueryValidator : AbstractValidator<DownloadResultFileQuery>
{
    public DownloadResultFileQueryValidator()
    {
        RuleFor(q => q.Code).SingleLineText();
        RuleFor(q => q.Verify).VerificationDigits();
    }
}

public sealed class ListResultFilesQueryValidator : AbstractValidator<ListResultFilesQuery>
{
    public ListResultFilesQueryValidator()
    {
        RuleFor(q => q.Code).SingleLineText();
        RuleFor(q => q.Verify).VerificationDigits();
    }
}

internal static class VerificationDigitRules
{
    /// <summary>Four digits, always required here: without them nothing of the dossier's results is shown.</summary>
    public static IRuleBuilderOptions<T, string?> VerificationDigits<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is not null && v.Trim() is { Length: 4 } digits && digits.All(char.IsAsciiDigit))
            .WithMessage("Nhập 4 số cuối của số điện thoại, số định danh hoặc mã số thuế đã khai khi nộp hồ sơ.");
}
