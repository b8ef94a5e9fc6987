using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Notices.Templates.Edit;

/// <summary>
/// A template names only its type's placeholders, an email has a subject (and only an email), and an
/// SMS filled with the longest plausible values still fits two segments. An unknown type or channel
/// is left to the handler (404).
/// </summary>
public sealed class EditNoticeTemplateCommandValidator : AbstractValidator<EditNoticeTemplateCommand>
{
    public EditNoticeTemplateCommandValidator()
    {
        When(c => NoticePlaceholders.Offers(c.MessageType, c.Channel), () =>
        {
            RuleFor(c => c.Body)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Vui lòng nhập nội dung mẫu thông báo.")
                .MultiLineText()
                .MaximumLength(NoticeTemplate.MaxBodyLength).WithMessage($"Nội dung mẫu dài tối đa {NoticeTemplate.MaxBodyLength} ký tự.")
                .Must(KnowsItsPlaceholders).WithMessage((c, body) => UnknownPlaceholders(c.MessageType, body))
                .Must((c, body) => c.Channel != NoticeChannels.Sms || FitsTwoSegments(c.MessageType, body!))
                .WithMessage($"Tin nhắn SMS vượt quá hai phần ({SmsText.TwoSegments} ký tự không dấu) khi điền mã hồ sơ, ngày giờ và các nội dung dài (mỗi nội dung rút gọn còn {SmsText.MinimumKept} ký tự); hãy rút gọn phần chữ cố định của mẫu.");

            RuleFor(c => c.Subject)
                .Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Thư điện tử phải có tiêu đề.")
                .SingleLineText()
                .MaximumLength(NoticeTemplate.MaxSubjectLength).WithMessage($"Tiêu đề dài tối đa {NoticeTemplate.MaxSubjectLength} ký tự.")
                .Must(KnowsItsPlaceholders).WithMessage((c, subject) => UnknownPlaceholders(c.MessageType, subject))
                .When(c => c.Channel == NoticeChannels.Email);
            RuleFor(c => c.Subject)
                .Empty().WithMessage("Chỉ thư điện tử có tiêu đề; tin nhắn SMS và Zalo không có tiêu đề.")
                .When(c => c.Channel != NoticeChannels.Email);

            RuleFor(c => c.IsActive).NotNull().WithMessage("Vui lòng cho biết mẫu có được dùng hay không (isActive: true hoặc false).");
        });
    }

    private static bool KnowsItsPlaceholders(EditNoticeTemplateCommand command, string? text) =>
        !Unknown(command.MessageType, text).Any();

    private static IEnumerable<string> Unknown(string messageType, string? text)
    {
        var known = NoticePlaceholders.For(messageType).Select(p => p.Name).ToHashSet();
        return TemplateText.NamesIn(text).Where(name => !known.Contains(name)).Distinct();
    }

    private static string UnknownPlaceholders(string messageType, string? text) =>
        $"Mẫu có trường không dùng được cho loại thông báo này: {string.Join(", ", Unknown(messageType, text).Select(n => "{" + n + "}"))}. " +
        $"Các trường dùng được: {string.Join(", ", NoticePlaceholders.For(messageType).Select(p => "{" + p.Name + "}"))}.";

    private static bool FitsTwoSegments(string messageType, string body)
    {
        var placeholders = NoticePlaceholders.For(messageType);
        return SmsText.Compose(body, placeholders.ToDictionary(p => p.Name, p => p.Sample), placeholders) is not null;
    }
}
