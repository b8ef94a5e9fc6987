using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Application.Dossiers.Receive;

public sealed class ReceiveDossierCommandValidator : AbstractValidator<ReceiveDossierCommand>
{
    public static readonly string[] Channels = ["direct", "online", "postal"];
    public static readonly string[] Deliveries = ["desk", "post", "online"];

    public ReceiveDossierCommandValidator(IMotCuaDbContext db)
    {
        RuleFor(c => c.ProcedureCode).DeskProcedureCode();
        RuleFor(c => c.ProcedureLevel).KnownLevel(db);
        RuleFor(c => c.Applicant).DeskApplicant();
        RuleFor(c => c.Documents)
            .NotEmpty().WithMessage("Vui lòng liệt kê các giấy tờ đã nhận.")
            .Must(d => d is null || d.Count <= 100).WithMessage("Tối đa 100 giấy tờ cho một hồ sơ.");
        RuleForEach(c => c.Documents)
            .NotNull().WithMessage("Giấy tờ không được để trống (null); hãy xóa phần tử này hoặc ghi tên giấy tờ.")
            .SetValidator(new DocumentInputValidator());
        RuleFor(c => c.Channel)
            .Must(channel => channel is null || Channels.Contains(channel))
            .WithMessage("Kênh nộp phải là direct (trực tiếp), online (trực tuyến) hoặc postal (bưu chính).");
        RuleFor(c => c.ResultDelivery)
            .Must(delivery => delivery is null || Deliveries.Contains(delivery))
            .WithMessage("Hình thức nhận kết quả phải là desk (tại bộ phận một cửa), post (bưu chính) hoặc online (trực tuyến).");
        RuleFor(c => c.CompetentUnitCode).UnitCode();
        RuleFor(c => c.Notification).SetValidator(new NotificationInputValidator()!);
        RuleFor(c => c.Note).MultiLineText().MaximumLength(2000).WithMessage("Ghi chú dài tối đa 2000 ký tự.");
        RuleFor(c => c.Reasons)
            .Empty().When(c => !c.IsRefusal)
            .WithMessage("Hồ sơ được tiếp nhận không kèm lý do từ chối; để từ chối tiếp nhận, gửi tới POST /api/dossiers/refusals.");
        RuleFor(c => c.Reasons)
            .NotEmpty().When(c => c.IsRefusal).WithMessage("Vui lòng ghi rõ lý do từ chối tiếp nhận (reasons).")
            .MultiLineText()
            .MaximumLength(Dossier.MaxReasonLength).WithMessage($"Lý do dài tối đa {Dossier.MaxReasonLength} ký tự.");
        RuleFor(c => c.IdempotencyKey).SingleLineText().MaximumLength(100).WithMessage("Idempotency-Key dài tối đa 100 ký tự.");
    }

    internal sealed class ApplicantInputValidator : AbstractValidator<ApplicantInput>
    {
        public ApplicantInputValidator()
        {
            RuleFor(a => a.FullName)
                .SingleLineText()
                .NotEmpty().WithMessage("Vui lòng nhập họ tên người nộp hồ sơ (hoặc tên tổ chức).")
                .MaximumLength(200).WithMessage("Họ tên dài tối đa 200 ký tự.");
            RuleFor(a => a)
                .Must(a => string.IsNullOrWhiteSpace(a.CitizenId) != string.IsNullOrWhiteSpace(a.TaxCode))
                .OverridePropertyName("citizenId")
                .WithMessage("Nhập số định danh cá nhân của công dân, hoặc mã số thuế của tổ chức (một trong hai).");
            RuleFor(a => a.CitizenId)
                .SingleLineText()
                .Custom((value, context) =>
                {
                    if (!string.IsNullOrWhiteSpace(value) && !CitizenId.TryParse(value, context.InstanceToValidate.BirthDate, out _, out var error))
                    {
                        context.AddFailure(error);
                    }
                });
            RuleFor(a => a.TaxCode)
                .SingleLineText()
                .Custom((value, context) =>
                {
                    if (!string.IsNullOrWhiteSpace(value) && !TaxCode.TryParse(value, out _, out var error))
                    {
                        context.AddFailure(error);
                    }
                });
            RuleFor(a => a.Representative)
                .NotEmpty().When(a => !string.IsNullOrWhiteSpace(a.TaxCode)).WithMessage("Tổ chức nộp hồ sơ phải có người đại diện.")
                .SingleLineText()
                .MaximumLength(200).WithMessage("Tên người đại diện dài tối đa 200 ký tự.");
            RuleFor(a => a.BirthDate).SupportedDay();
            RuleFor(a => a.Phone)
                .Matches(@"^\+?[0-9 .]{8,15}$").When(a => !string.IsNullOrEmpty(a.Phone))
                .WithMessage("Số điện thoại chỉ gồm chữ số (8–15 ký tự), có thể bắt đầu bằng +.")
                .SingleLineText(); // "$" of the pattern also matches before a final line feed
            RuleFor(a => a.Email)
                .SingleLineText()
                .EmailAddress().When(a => !string.IsNullOrEmpty(a.Email)).WithMessage("Địa chỉ thư điện tử không hợp lệ.")
                .MaximumLength(200).WithMessage("Địa chỉ thư điện tử dài tối đa 200 ký tự.");
            RuleFor(a => a.Address).SingleLineText().MaximumLength(500).WithMessage("Địa chỉ dài tối đa 500 ký tự.");
            RuleFor(a => a.UnitCode).UnitCode();
        }
    }

    private sealed class DocumentInputValidator : AbstractValidator<DocumentInput>
    {
        public DocumentInputValidator()
        {
            RuleFor(d => d.Name)
                .SingleLineText()
                .NotEmpty().WithMessage("Vui lòng nhập tên giấy tờ.")
                .MaximumLength(500).WithMessage("Tên giấy tờ dài tối đa 500 ký tự.");
            RuleFor(d => d.Copies)
                .InclusiveBetween(1, 100).When(d => d.Copies is not null).WithMessage("Số bản phải từ 1 đến 100.");
        }
    }
}
