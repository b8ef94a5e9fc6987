using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>What a dossier handed in by the portal must hold; the field names are the portal's.</summary>
public sealed class ReceiveOnlineDossierCommandValidator : AbstractValidator<ReceiveOnlineDossierCommand>
{
    public const int MaxFiles = 50;

    public ReceiveOnlineDossierCommandValidator(IOptions<PortalInboundOptions> options)
    {
        RuleFor(c => c.MaHoSo)
            .SingleLineText()
            .NotEmpty().WithMessage("Thiếu mã hồ sơ trên Cổng (MaHoSo).")
            .MaximumLength(Dossier.MaxPortalCodeLength).WithMessage($"Mã hồ sơ dài tối đa {Dossier.MaxPortalCodeLength} ký tự.")
            .Matches("^[A-Za-z0-9._-]+$").WithMessage("Mã hồ sơ chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới.");
        RuleFor(c => c.MaTTHC)
            .SingleLineText()
            .NotEmpty().WithMessage("Thiếu mã thủ tục hành chính (MaTTHC).")
            .MaximumLength(Procedure.MaxCodeLength).WithMessage($"Mã thủ tục dài tối đa {Procedure.MaxCodeLength} ký tự.");
        RuleFor(c => c.MaDonViTiepNhan)
            .SingleLineText()
            .NotEmpty().WithMessage("Thiếu mã đơn vị tiếp nhận (MaDonViTiepNhan).")
            .MaximumLength(64).WithMessage("Mã đơn vị tiếp nhận dài tối đa 64 ký tự.");
        RuleFor(c => c.ChuHoSo)
            .SingleLineText()
            .NotEmpty().WithMessage("Thiếu họ tên chủ hồ sơ (ChuHoSo).")
            .MaximumLength(200).WithMessage("Họ tên chủ hồ sơ dài tối đa 200 ký tự.");
        RuleFor(c => c.NgaySinh)
            .Must(value => value is null || BirthDate(value) is not null)
            .WithMessage("Ngày sinh (NgaySinh) phải theo dạng yyyyMMdd.");
        RuleFor(c => c.SoGiayToChuHoSo)
            .SingleLineText()
            .NotEmpty().WithMessage("Thiếu số định danh cá nhân của chủ hồ sơ (SoGiayToChuHoSo).")
            .Custom((value, context) =>
            {
                if (!string.IsNullOrWhiteSpace(value)
                    && !CitizenId.TryParse(value, BirthDate(context.InstanceToValidate.NgaySinh), out _, out var error))
                {
                    context.AddFailure(error);
                }
            });
        RuleFor(c => c.SoDienThoai)
            .SingleLineText()
            .Matches(@"^\+?[0-9 .]{8,15}$").When(c => !string.IsNullOrEmpty(c.SoDienThoai))
            .WithMessage("Số điện thoại chỉ gồm chữ số (8–15 ký tự), có thể bắt đầu bằng +.");
        RuleFor(c => c.Email)
            .SingleLineText()
            .EmailAddress().When(c => !string.IsNullOrEmpty(c.Email)).WithMessage("Địa chỉ thư điện tử không hợp lệ.")
            .MaximumLength(200).WithMessage("Địa chỉ thư điện tử dài tối đa 200 ký tự.");
        RuleFor(c => c.DiaChi).SingleLineText().MaximumLength(500).WithMessage("Địa chỉ dài tối đa 500 ký tự.");
        RuleFor(c => c.TrichYeuHoSo).MultiLineText().MaximumLength(Dossier.MaxReasonLength)
            .WithMessage($"Trích yếu hồ sơ dài tối đa {Dossier.MaxReasonLength} ký tự.");
        RuleFor(c => c.NgayNopHoSo)
            .NotEmpty().WithMessage("Thiếu thời điểm nộp hồ sơ (NgayNopHoSo).")
            .Must(value => value is null || PortalDates.TryParse(value, out _))
            .WithMessage($"Thời điểm nộp hồ sơ (NgayNopHoSo) phải theo dạng {PortalDates.Format}.");
        RuleFor(c => c.MaDoiTuong).SingleLineText().MaximumLength(Dossier.MaxPortalCodeLength)
            .WithMessage($"Mã đối tượng dài tối đa {Dossier.MaxPortalCodeLength} ký tự.");
        RuleFor(c => c.TaiLieuNop)
            .NotEmpty().WithMessage("Hồ sơ trực tuyến phải có tài liệu nộp (TaiLieuNop).")
            .Must(files => files is null || files.Count <= MaxFiles).WithMessage($"Một hồ sơ có tối đa {MaxFiles} tệp.");
        RuleForEach(c => c.TaiLieuNop).NotNull().WithMessage("Tài liệu nộp không được để trống.");
        RuleForEach(c => c.TaiLieuNop).ChildRules(file =>
        {
            file.RuleFor(f => f.TenTepDinhKem).SingleLineText()
                .NotEmpty().WithMessage("Thiếu tên tệp (TenTepDinhKem).")
                .MaximumLength(255).WithMessage("Tên tệp dài tối đa 255 ký tự.");
            file.RuleFor(f => f.TenThanhPhanHoSo).SingleLineText()
                .NotEmpty().When(f => string.IsNullOrWhiteSpace(f.MaThanhPhanHoSo))
                .WithMessage("Thiếu thành phần hồ sơ của tệp (TenThanhPhanHoSo hoặc MaThanhPhanHoSo).")
                .MaximumLength(500).WithMessage("Tên thành phần hồ sơ dài tối đa 500 ký tự.");
            file.RuleFor(f => f.MaThanhPhanHoSo).SingleLineText().MaximumLength(500).WithMessage("Mã thành phần hồ sơ dài tối đa 500 ký tự.");
            file.RuleFor(f => f.TepDinhKemId).SingleLineText().MaximumLength(200).WithMessage("Mã tệp dài tối đa 200 ký tự.");
            file.RuleFor(f => f.DuongDanTaiTepTin)
                .NotEmpty().WithMessage("Thiếu đường dẫn tải tệp (DuongDanTaiTepTin).")
                .Must(url => url is null || PortalFileAddress.Allowed(url, options.Value.FileSources) is not null)
                .WithMessage("Đường dẫn tải tệp không thuộc máy chủ tệp của Cổng Dịch vụ công quốc gia.");
        }).When(c => c.TaiLieuNop is not null && c.TaiLieuNop.All(f => f is not null));
    }

    /// <summary>The portal's birth date, <c>yyyyMMdd</c>; null when it does not read as one.</summary>
    public static DateOnly? BirthDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
