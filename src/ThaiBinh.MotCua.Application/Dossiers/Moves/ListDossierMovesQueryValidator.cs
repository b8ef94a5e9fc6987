using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Dossiers.Moves;

public sealed class ListDossierMovesQueryValidator : AbstractValidator<ListDossierMovesQuery>
{
    public ListDossierMovesQueryValidator() => RuleFor(q => q.Code).SingleLineText();
}
