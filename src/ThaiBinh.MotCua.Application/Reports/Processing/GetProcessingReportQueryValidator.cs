using ThaiBinh.MotCua.Application.Dossiers;
using FluentValidation;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Validation;

namespace ThaiBinh.MotCua.Application.Reports.Processing;

public sealed class GetProcessingReportQueryValidator : AbstractValidator<GetProcessingReportQuery>
{
    public GetProcessingReportQueryValidator()
    {
        RuleFor(q => q.UnitCode).SingleLineText();
        this.RequirePeriodOfAtMostAYear(q => q.From, q => q.To);
        RuleFor(q => q.GroupBy).Must(ProcessingGroupings.IsValid)
            .WithMessage("Nhóm theo (groupBy) phải là office (cơ quan tiếp nhận), procedure (thủ tục), level (cấp hành chính) hoặc unit (đơn vị trực thuộc).");
        RuleFor(q => q.CountBy).Must(CountByParameter.IsValid).WithMessage(CountByParameter.Message);
    }
}
