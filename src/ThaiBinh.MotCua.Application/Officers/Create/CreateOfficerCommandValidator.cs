using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Officers.Create;

public sealed partial class CreateOfficerCommandValidator : AbstractValidator<CreateOfficerCommand>
{
    public CreateOfficerCommandValidator(IMotCuaDbContext db, IReferenceData reference, TimeProvider clock)
    {
        RuleFor(c => c.Office)
            .Cascade(CascadeMode.Stop)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng chọn cơ quan của cán bộ.")
            .MustAsync(async (code, cancellationToken) => (await reference.CurrentAsync(cancellationToken)).OfficeOn(code!.Trim(), VietnamToday.Of(clock)) is not null)
            .WithMessage(c => $"Không có cơ quan nào đang hoạt động mang mã {c.Office}.");

        // The text policy and the pattern run before the database is asked whether the name is taken.
        RuleFor(c => c.Username)
            .Cascade(CascadeMode.Stop)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập tên đăng nhập.")
            .Must(username => UsernamePattern().IsMatch(username!.Trim().ToLowerInvariant()))
            .WithMessage($"Tên đăng nhập dài 3 đến {Officer.MaxUsernameLength} ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ hoặc số.")
            .MustAsync(async (username, cancellationToken) =>
            {
                var normalized = Officer.NormalizeUsername(username!);
                return !await db.Officers.AnyAsync(o => o.Username == normalized, cancellationToken);
            })
            .WithMessage(c => $"Tên đăng nhập {c.Username!.Trim().ToLowerInvariant()} đã có người dùng.");

        RuleFor(c => c.FullName)
            .SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
            .MaximumLength(Officer.MaxFullNameLength).WithMessage($"Họ và tên dài tối đa {Officer.MaxFullNameLength} ký tự.");
        RuleFor(c => c.Roles).RoleNames();
        RuleFor(c => c.Password).NewPassword();
        RuleFor(c => c.Email).DigestAddress();
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex UsernamePattern();
}
