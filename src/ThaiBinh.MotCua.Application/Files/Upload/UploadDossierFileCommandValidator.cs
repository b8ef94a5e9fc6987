using FluentValidation;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Files.Upload;

/// <summary>What can be told from the form alone; the name, the document and the content are the intake's to judge.</summary>
public sealed class UploadDossierFileCommandValidator : AbstractValidator<UploadDossierFileCommand>
{
    public UploadDossierFileCommandValidator()
    {
        RuleFor(c => c.Code).SingleLineText();
        RuleFor(c => c.Role)
            .Must(role => FileRoles.Parse(role) is not null)
            .OverridePropertyName(FileFields.Role)
            .WithMessage($"Vai trò của tệp phải là \"{FileRoles.Submitted}\" (giấy tờ nộp) hoặc \"{FileRoles.Result}\" (kết quả giải quyết).");
        RuleFor(c => c.Document)
            .NotEmpty()
            .OverridePropertyName(FileFields.Document)
            .WithMessage("Chưa nhập tên giấy tờ của tệp (trường document phải đứng trước phần tệp).");
        RuleFor(c => c.Content)
            .NotNull()
            .OverridePropertyName(FileFields.File)
            .WithMessage("Chưa có tệp đính kèm (phần \"file\" của biểu mẫu multipart/form-data).");
    }
}
