using System.Globalization;
using System.Text.RegularExpressions;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>
/// Mã số hồ sơ (Circular 01/2018 Art. 19): the receiving agency's identifier, the day of receipt in
/// Vietnam (YYMMDD) and the day's sequence number of that agency, e.g. 000.00.01.H54-260213-0007.
/// The sequence has at least four digits and grows a fifth rather than wrap.
/// </summary>
public sealed partial record DossierCode
{
    private DossierCode(string value) => Value = value;

    public string Value { get; }

    public static DossierCode Create(string agencyCode, DateTimeOffset receivedAt, int sequence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        var day = VietnamTime.ToLocal(receivedAt);
        return new DossierCode(string.Create(CultureInfo.InvariantCulture, $"{agencyCode}-{day:yyMMdd}-{sequence:0000}"));
    }

    public static bool TryParse(string? text, out DossierCode? code)
    {
        var trimmed = text?.Trim();
        code = trimmed is not null && Shape().IsMatch(trimmed) ? new DossierCode(trimmed) : null;
        return code is not null;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}-\d{6}-\d{4,}$")]
    private static partial Regex Shape();
}
