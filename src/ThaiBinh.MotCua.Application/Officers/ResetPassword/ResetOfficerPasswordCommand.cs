using FluentValidation;
using Mediator;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Officers.List;

namespace ThaiBinh.MotCua.Application.Officers.ResetPassword;

/// <summary>An admin gives an officer who forgot their password a new one; the old one stops working at once.</summary>
public sealed record ResetOfficerPasswordCommand(Guid OfficerId, string? Password) : ICommand<OfficerDto>;

public sealed class ResetOfficerPasswordCommandHandler(OfficerAdministration administration, IPasswordHasher passwordHasher)
    : ICommandHandler<ResetOfficerPasswordCommand, OfficerDto>
{
    public async ValueTask<OfficerDto> Handle(ResetOfficerPasswordCommand command, CancellationToken cancellationToken)
    {
        var admin = await administration.AdminAsync(cancellationToken);
        var officer = await administration.OfficerAsync(command.OfficerId, cancellationToken);
        officer.SetPasswordHash(passwordHasher.Hash(command.Password!));

        // The audit line says that it happened, never the password.
        return await administration.SaveAsync(admin, OfficerAdministration.PasswordReset, officer, "đặt lại mật khẩu", cancellationToken);
    }
}

public sealed class ResetOfficerPasswordCommandValidator : AbstractValidator<ResetOfficerPasswordCommand>
{
    public ResetOfficerPasswordCommandValidator()
    {
        RuleFor(c => c.OfficerId).NotEmpty().WithMessage("Vui lòng chọn tài khoản cán bộ.");
        RuleFor(c => c.Password).NewPassword();
    }
}
