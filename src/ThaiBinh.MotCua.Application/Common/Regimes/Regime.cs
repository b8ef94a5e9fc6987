namespace ThaiBinh.MotCua.Application.Common.Regimes;

/// <summary>
/// A legal period of the one-stop mechanism: the decree and circular in force, the name the system
/// goes by, the forms it prints and the plan's targets. Periods are data (regimes.json), so a dossier
/// of 2018 and one of today differ by the day they were received, never by a branch in the code.
/// </summary>
public sealed record Regime(
    string Code,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Decree,
    string Circular,
    string SystemName,
    string Brand,
    bool HeaderNamesProvince,
    IReadOnlyDictionary<string, FormHeading> Forms,
    IReadOnlyDictionary<string, int> DeskHandledTargets)
{
    /// <summary>The number and title of <paramref name="form"/> in this period; null when the period has no such form.</summary>
    public FormHeading? Form(string form) => Forms.GetValueOrDefault(form);

    /// <summary>The share of procedures the plan of this period wants handled fully at the desk of <paramref name="level"/>.</summary>
    public int? DeskHandledTarget(string level) => DeskHandledTargets.TryGetValue(level, out var percent) ? percent : null;
}

/// <summary>How a period names one of its forms: "Mẫu 01", its title, the circular that set it out.</summary>
public sealed record FormHeading(string Number, string Title, string Source);
