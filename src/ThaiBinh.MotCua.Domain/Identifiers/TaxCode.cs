using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Domain.Identifiers;

/// <summary>
/// Mã số thuế / mã số doanh nghiệp: 10 digits ending in a check digit, or, for a dependent unit
/// (chi nhánh, văn phòng đại diện), the parent's 10 digits, a dash and a 3-digit sequence number.
/// Stored in the dashed form so the same unit never appears under two spellings.
/// </summary>
public sealed record TaxCode
{
    public const string FormatRule = "tax-code.format";
    public const string CheckDigitRule = "tax-code.check-digit";

    private const int MainLength = 10;
    private const int SuffixLength = 3;
    private const string FormatMessage =
        "Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc (dạng xxxxxxxxxx-xxx).";

    // Weights of digits N1..N9 in the check-digit formula.
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    private TaxCode(string value) => Value = value;

    /// <summary>Ten digits, or "NNNNNNNNNN-NNN" for a dependent unit.</summary>
    public string Value { get; }

    /// <summary>True for a dependent unit (13-digit code).</summary>
    public bool IsBranch => Value.Length > MainLength;

    /// <summary>The parent unit's 10-digit code for a dependent unit; null for a 10-digit code.</summary>
    public string? ParentCode => IsBranch ? Value[..MainLength] : null;

    /// <summary>Reads a code typed by an officer; throws <see cref="DomainRuleException"/> when it is not valid.</summary>
    public static TaxCode Parse(string? input)
    {
        var outcome = Read(input);
        return outcome.Code ?? throw new DomainRuleException(outcome.Rule, outcome.Message);
    }

    public static bool TryParse(
        string? input,
        [NotNullWhen(true)] out TaxCode? code,
        [NotNullWhen(false)] out string? error)
    {
        var outcome = Read(input);
        code = outcome.Code;
        error = outcome.Code is null ? outcome.Message : null;
        return code is not null;
    }

    public override string ToString() => Value;

    private static Outcome Read(string? input)
    {
        var text = input is null ? string.Empty : IdentifierText.RemoveWhitespace(input);
        if (text.Length == 0)
        {
            return Outcome.Fail(FormatRule, "Chưa nhập mã số thuế. " + FormatMessage);
        }

        if (!TrySplit(text, out var main, out var suffix))
        {
            var digits = text.Replace("-", string.Empty, StringComparison.Ordinal);
            var detail = IdentifierText.IsAsciiDigits(digits)
                ? string.Create(CultureInfo.InvariantCulture, $" Mã đã nhập có {digits.Length} chữ số.")
                : " Mã đã nhập có ký tự không phải chữ số.";
            return Outcome.Fail(FormatRule, FormatMessage + detail);
        }

        if (suffix == "000")
        {
            return Outcome.Fail(
                FormatRule,
                "Ba chữ số cuối của mã số thuế đơn vị phụ thuộc là số thứ tự của đơn vị, từ 001 đến 999; không thể là 000.");
        }

        if (!HasValidCheckDigit(main))
        {
            return Outcome.Fail(
                CheckDigitRule,
                suffix is null
                    ? $"Mã số thuế {main} không hợp lệ: chữ số cuối (chữ số kiểm tra) không khớp với 9 chữ số đầu. "
                      + "Vui lòng kiểm tra lại từng chữ số."
                    : $"Mã số thuế {main}-{suffix} không hợp lệ: 10 chữ số đầu (mã số thuế của đơn vị chủ quản) "
                      + "có chữ số kiểm tra không đúng. Vui lòng kiểm tra lại từng chữ số.");
        }

        return Outcome.Ok(new TaxCode(suffix is null ? main : $"{main}-{suffix}"));
    }

    /// <summary>Accepts "NNNNNNNNNN", "NNNNNNNNNNNNN" and "NNNNNNNNNN-NNN"; nothing else.</summary>
    private static bool TrySplit(string text, out string main, out string? suffix)
    {
        main = string.Empty;
        suffix = null;
        var hasDash = text.Length == MainLength + 1 + SuffixLength && text[MainLength] == '-';
        var digits = hasDash ? string.Concat(text.AsSpan(0, MainLength), text.AsSpan(MainLength + 1)) : text;
        if (!IdentifierText.IsAsciiDigits(digits))
        {
            return false;
        }

        if (digits.Length == MainLength && !hasDash)
        {
            main = digits;
            return true;
        }

        if (digits.Length == MainLength + SuffixLength)
        {
            main = digits[..MainLength];
            suffix = digits[MainLength..];
            return true;
        }

        return false;
    }

    /// <summary>
    /// N10 = 10 − (Σ Ni·Wi mod 11). When the sum is a multiple of 11 the formula gives 10, which no
    /// single digit can hold. Implementations differ here (some write 0); we treat it as a check-digit
    /// error, because accepting 0 would let through codes the formula itself does not produce.
    /// </summary>
    private static bool HasValidCheckDigit(string main)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (main[i] - '0') * Weights[i];
        }

        var expected = 10 - (sum % 11);
        return expected < 10 && main[9] - '0' == expected;
    }

    private readonly record struct Outcome(TaxCode? Code, string Rule, string Message)
    {
        public static Outcome Ok(TaxCode code) => new(code, string.Empty, string.Empty);

        public static Outcome Fail(string rule, string message) => new(null, rule, message);
    }
}
