using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Dossiers.PublicLookup;

public sealed class PublicDossierQueryValidator : AbstractValidator<PublicDossierQuery>
{
    public PublicDossierQueryValidator()
    {
        RuleFor(q => q.Code).SingleLineText();
        RuleFor(q => q.Verify).SingleLineText();
    }
}
