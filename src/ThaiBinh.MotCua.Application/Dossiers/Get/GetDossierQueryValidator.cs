using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Dossiers.Get;

public sealed class GetDossierQueryValidator : AbstractValidator<GetDossierQuery>
{
    public GetDossierQueryValidator() => RuleFor(q => q.Code).SingleLineText();
}
