using ThaiBinh.MotCua.Application.Common.Regimes;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>The legal periods, oldest first, each in force until the day before the next one starts.</summary>
public interface IRegimes
{
    IReadOnlyList<Regime> All { get; }

    /// <summary>The period in force on <paramref name="day"/> (Vietnam's calendar day).</summary>
    Regime For(DateOnly day);
}

public static class RegimesExtensions
{
    /// <summary>The period of an instant, by its day in Vietnam: a dossier's is that of its receipt.</summary>
    public static Regime At(this IRegimes regimes, DateTimeOffset instant) =>
        regimes.For(DateOnly.FromDateTime(VietnamTime.ToLocal(instant).DateTime));

    /// <summary>The period in force today, which decides the name the pages show.</summary>
    public static Regime Today(this IRegimes regimes, TimeProvider clock) => regimes.For(VietnamToday.Of(clock));
}
