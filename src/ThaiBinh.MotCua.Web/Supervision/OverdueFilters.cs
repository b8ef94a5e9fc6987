using Microsoft.AspNetCore.Http;
using ThaiBinh.MotCua.Application.Supervision.Overdue;

namespace ThaiBinh.MotCua.Web.Supervision;

/// <summary>
/// The overdue list's filters as the supervisor's screen carries them in its address, read the same
/// way by the page and by the CSV download, so the file holds exactly the rows on the screen.
/// </summary>
public sealed record OverdueFilters(string? UnitCode, bool IncludeDescendants, string? Level, string? OfficeCode, string? ProcedureCode, bool DueSoon)
{
    public const string Unit = "don-vi";
    public const string OwnOnly = "chi-don-vi";
    public const string LevelName = "cap";
    public const string Office = "co-quan";
    public const string Procedure = "thu-tuc";
    public const string WithDueSoon = "sap-den-han";
    public const string After = "sau";

    /// <summary>A checkbox sends "true"; anything else, or nothing, is unchecked.</summary>
    public static OverdueFilters From(IQueryCollection query) => new(
        Text(query, Unit),
        query[OwnOnly] != "true",
        Text(query, LevelName),
        Text(query, Office),
        Text(query, Procedure),
        query[WithDueSoon] == "true");

    public ListOverdueQuery ToQuery(string? after) =>
        new(UnitCode, IncludeDescendants, Level, OfficeCode, ProcedureCode, DueSoon, after, Limit: null);

    /// <summary>The filters as a query string (without the page's cursor), for links that keep them.</summary>
    public string ToQueryString()
    {
        var pairs = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                pairs.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add(Unit, UnitCode);
        Add(OwnOnly, IncludeDescendants ? null : "true");
        Add(LevelName, Level);
        Add(Office, OfficeCode);
        Add(Procedure, ProcedureCode);
        Add(WithDueSoon, DueSoon ? "true" : null);
        return string.Join("&", pairs);
    }

    private static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
