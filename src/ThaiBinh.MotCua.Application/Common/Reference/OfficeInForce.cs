using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Application.Common.Reference;

/// <summary>
/// The one rule that no dossier is sent to an office outside its days in force: a desk closed by a
/// reorganisation receives nothing from its first closed day, and no move hands a dossier to it.
/// </summary>
public static class OfficeInForce
{
    public const string ClosedRule = "office.closed";

    public static void Require(Office office, DateOnly day)
    {
        if (office.ValidTo is { } lastDay && day > lastDay)
        {
            throw new DomainRuleException(
                ClosedRule,
                $"{office.Name} ({office.Code}) đã ngừng hoạt động sau ngày {lastDay:dd/MM/yyyy}; không thể chuyển hồ sơ đến cơ quan này vào ngày {day:dd/MM/yyyy}.");
        }

        if (office.ValidFrom is { } firstDay && day < firstDay)
        {
            throw new DomainRuleException(
                ClosedRule,
                $"{office.Name} ({office.Code}) bắt đầu hoạt động từ ngày {firstDay:dd/MM/yyyy}; không thể chuyển hồ sơ đến cơ quan này vào ngày {day:dd/MM/yyyy}.");
        }
    }
}
