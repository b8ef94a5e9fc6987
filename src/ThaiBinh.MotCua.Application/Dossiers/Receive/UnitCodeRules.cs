using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Application.Dossiers.Receive;

internal static class UnitCodeRules
{
    /// <summary>The shape of an optional unit code; whether a unit bears it on the day is <see cref="ReceptionBoundary"/>'s to say.</summary>
    public static IRuleBuilderOptions<T, string?> UnitCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SingleLineText()
            .MaximumLength(AdministrativeUnit.MaxCodeLength)
            .WithMessage($"Mã đơn vị hành chính dài tối đa {AdministrativeUnit.MaxCodeLength} ký tự.");
}
