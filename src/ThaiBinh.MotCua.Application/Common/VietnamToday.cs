using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Application.Common;

public static class VietnamToday
{
    /// <summary>Today's date in Vietnam, the day that decides which units and procedure versions are in force.</summary>
    public static DateOnly Of(TimeProvider clock) => DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow()).DateTime);
}
