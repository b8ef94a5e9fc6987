using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Notices;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Dossiers.Receive;

/// <summary>
/// How the citizen wants to be told (Phương thức nhận thông báo): <c>Channel</c> none, sms, email or
/// zalo; <c>Phone</c> a Vietnamese mobile number for sms and zalo, <c>Email</c> an address for email.
/// </summary>
public sealed record NotificationInput(string? Channel, string? Phone, string? Email)
{
    public static readonly string[] Channels = ["none", "sms", "email", "zalo"];

    /// <summary>The choice as the dossier keeps it; absent input is no notice.</summary>
    public static NoticeChoice ToChoice(NotificationInput? input)
    {
        if (input is null)
        {
            return NoticeChoice.None;
        }

        var channel = Enum.Parse<NoticeChannel>(input.Channel!, ignoreCase: true);
        return NoticeChoice.Of(channel, input.Phone, input.Email);
    }

    internal static bool NeedsPhone(string? channel) => channel is "sms" or "zalo";
}

internal sealed class NotificationInputValidator : AbstractValidator<NotificationInput>
{
    public NotificationInputValidator()
    {
        RuleFor(n => n.Channel)
            .Must(channel => channel is not null && NotificationInput.Channels.Contains(channel))
            .WithMessage("Cách nhận thông báo phải là none (không nhận), sms (tin nhắn), email (thư điện tử) hoặc zalo.");
        RuleFor(n => n.Phone)
            .Cascade(CascadeMode.Stop)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập số điện thoại di động để nhận thông báo qua SMS hoặc Zalo.")
            .Must(phone => MobileNumber.TryParse(phone, out _)).WithMessage(MobileNumber.Message)
            .When(n => NotificationInput.NeedsPhone(n.Channel));
        RuleFor(n => n.Email)
            .Cascade(CascadeMode.Stop)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập địa chỉ thư điện tử để nhận thông báo.")
            .MaximumLength(Officer.MaxEmailLength).WithMessage($"Địa chỉ thư điện tử dài tối đa {Officer.MaxEmailLength} ký tự.")
            .EmailAddress().WithMessage("Địa chỉ thư điện tử nhận thông báo không hợp lệ.")
            .When(n => n.Channel == "email");
    }
}
