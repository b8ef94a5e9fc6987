using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Forms;

public sealed class GetDossierFormQueryValidator : AbstractValidator<GetDossierFormQuery>
{
    public GetDossierFormQueryValidator()
    {
        RuleFor(q => q.Code).SingleLineText();
        RuleFor(q => q.Form).SingleLineText();
    }
}
