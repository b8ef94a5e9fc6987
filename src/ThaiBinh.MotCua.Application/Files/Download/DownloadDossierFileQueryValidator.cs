using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Files.Download;

public sealed class DownloadDossierFileQueryValidator : AbstractValidator<DownloadDossierFileQuery>
{
    public DownloadDossierFileQueryValidator() => RuleFor(q => q.Code).SingleLineText();
}
