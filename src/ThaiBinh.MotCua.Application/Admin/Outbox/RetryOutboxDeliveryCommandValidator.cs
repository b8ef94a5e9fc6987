using FluentValidation;

namespace ThaiBinh.MotCua.Application.Admin.Outbox;

public sealed class RetryOutboxDeliveryCommandValidator : AbstractValidator<RetryOutboxDeliveryCommand>
{
    public RetryOutboxDeliveryCommandValidator() =>
        RuleFor(c => c.Id).Must(id => Guid.TryParse(id, out _)).WithMessage("Mã lần gửi không hợp lệ (cần dạng GUID).");
}
