using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>The callback's fields are one-line texts of bounded length, named as the platform spells them; the checksum decides the rest.</summary>
public sealed class AcceptPayGovCallbackCommandValidator : AbstractValidator<AcceptPayGovCallbackCommand>
{
    public AcceptPayGovCallbackCommandValidator()
    {
        RuleFor(c => c.Message).NotNull().WithMessage("Thiếu nội dung kết quả thanh toán.");
        RuleFor(c => c.Message.MaThamChieu).SingleLineText().MaximumLength(200).WithMessage("Mã tham chiếu dài tối đa 200 ký tự.").OverridePropertyName("MaThamChieu").When(c => c.Message is not null);
        RuleFor(c => c.Message.ThongTinGiaoDich).SingleLineText().MaximumLength(500).WithMessage("Thông tin giao dịch dài tối đa 500 ký tự.").OverridePropertyName("ThongTinGiaoDich").When(c => c.Message is not null);
        RuleFor(c => c.Message.MaGiaoDich).SingleLineText().MaximumLength(200).WithMessage("Mã giao dịch dài tối đa 200 ký tự.").OverridePropertyName("MaGiaoDich").When(c => c.Message is not null);
    }
}
