using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Files.List;

public sealed class ListDossierFilesQueryValidator : AbstractValidator<ListDossierFilesQuery>
{
    public ListDossierFilesQueryValidator() => RuleFor(q => q.Code).SingleLineText();
}
