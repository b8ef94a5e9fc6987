using System.Net.Mail;
using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Officers;

/// <summary>The rules an administrator's input about an account follows, shared by the commands that take it.</summary>
public static class OfficerRules
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;

    /// <summary>A password an administrator hands out: long enough to resist guessing, one line, no control characters.</summary>
    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SingleLineText()
            .NotEmpty().WithMessage("Vui lòng nhập mật khẩu.")
            .MinimumLength(MinPasswordLength).WithMessage($"Mật khẩu phải có ít nhất {MinPasswordLength} ký tự.")
            .MaximumLength(MaxPasswordLength).WithMessage($"Mật khẩu dài tối đa {MaxPasswordLength} ký tự.");

    /// <summary>Where the officer's digests go (optional): one line, an address, not too long.</summary>
    public static IRuleBuilderOptions<T, string?> DigestAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SingleLineText()
            .MaximumLength(Domain.Officers.Officer.MaxEmailLength).WithMessage($"Địa chỉ thư điện tử dài tối đa {Domain.Officers.Officer.MaxEmailLength} ký tự.")
            .Must(email => string.IsNullOrWhiteSpace(email) || (MailAddress.TryCreate(email.Trim(), out var address) && address.Address == email.Trim()))
            .WithMessage("Địa chỉ thư điện tử của cán bộ không hợp lệ.");

    /// <summary>At least one role, each a known one.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> RoleNames<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(roles => roles is { Count: > 0 } && roles.All(r => OfficerRoles.Parse(r) is not null))
            .WithMessage($"Chọn ít nhất một vai trò trong: {string.Join(", ", OfficerRoles.Names)}.");
}
