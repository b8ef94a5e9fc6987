using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Application.Payments;

internal static class PaymentRules
{
    public static IRuleBuilderOptions<T, string> PaymentId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(id => Guid.TryParse(id, out _)).WithMessage("Mã yêu cầu thanh toán (id) không hợp lệ.");
}

public sealed class ListPaymentsQueryValidator : AbstractValidator<ListPaymentsQuery>
{
    public ListPaymentsQueryValidator() => RuleFor(q => q.Code).SingleLineText();
}

public sealed class RequestPaymentCommandValidator : AbstractValidator<RequestPaymentCommand>
{
    public RequestPaymentCommandValidator() => RuleFor(c => c.Code).SingleLineText();
}

public sealed class PayOnlineCommandValidator : AbstractValidator<PayOnlineCommand>
{
    public PayOnlineCommandValidator()
    {
        RuleFor(c => c.Code).SingleLineText();
        RuleFor(c => c.Id).PaymentId();
    }
}

public sealed class PayAtDeskCommandValidator : AbstractValidator<PayAtDeskCommand>
{
    public PayAtDeskCommandValidator()
    {
        RuleFor(c => c.Code).SingleLineText();
        RuleFor(c => c.Id).PaymentId();
        RuleFor(c => c.Reference)
            .NotEmpty().When(c => c.Method == PaymentMethod.Transfer).WithMessage("Vui lòng ghi mã giao dịch chuyển khoản (reference).")
            .SingleLineText()
            .MaximumLength(200).WithMessage("Mã giao dịch dài tối đa 200 ký tự.");
    }
}

public sealed class RefundPaymentCommandValidator : AbstractValidator<RefundPaymentCommand>
{
    public RefundPaymentCommandValidator()
    {
        RuleFor(c => c.Code).SingleLineText();
        RuleFor(c => c.Id).PaymentId();
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage("Vui lòng ghi rõ lý do hoàn phí (reason).")
            .MultiLineText()
            .MaximumLength(PaymentRequest.MaxTextLength).WithMessage($"Lý do dài tối đa {PaymentRequest.MaxTextLength} ký tự.");
    }
}
