namespace ThaiBinh.MotCua.Application.Dossiers;

/// <summary>
/// Which office a report or a supervision list attributes a dossier to (Decree 118: the receiving desk
/// and the competent office may be of different units): the desk that received it, by default, or the
/// office that decides it. Work queues count by neither: by the office holding the dossier now.
/// </summary>
public enum CountBy
{
    Receiving,
    Competent,
}

public static class CountByParameter
{
    public const string Message = "Cách đếm (countBy) phải là receiving (theo nơi tiếp nhận) hoặc competent (theo cơ quan có thẩm quyền giải quyết).";

    public static bool IsValid(string? value) => value is null || TryParse(value, out _);

    /// <summary>The parsed value; receiving when none was given (the validator refused anything else).</summary>
    public static CountBy Parse(string? value) => value is not null && TryParse(value, out var countBy) ? countBy : CountBy.Receiving;

    /// <summary>The value as the query parameter and the answers' <c>countedBy</c> spell it.</summary>
    public static string Key(this CountBy countBy) => countBy.ToString().ToLowerInvariant();

    private static bool TryParse(string value, out CountBy countBy) =>
        Enum.TryParse(value, ignoreCase: true, out countBy) && Enum.IsDefined(countBy) && !int.TryParse(value, out _);
}
