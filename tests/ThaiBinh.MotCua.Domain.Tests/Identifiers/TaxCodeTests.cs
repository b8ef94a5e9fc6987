using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Domain.Tests.Identifiers;

public sealed class TaxCodeTests
{
    private const string Subject = "mã số thuế";

    // Verified by hand with N10 = 10 − (Σ Ni·Wi mod 11), W = 31, 29, 23, 19, 17, 13, 7, 5, 3:
    // 0100109106: 0·31 + 1·29 + 0·23 + 0·19 + 1·17 + 0·13 + 9·7 + 1·5 + 0·3 = 114; 114 mod 11 = 4; 10 − 4 = 6.
    private const string HandCheckedA = "0100109106";

    // 0100112437: 0·31 + 1·29 + 0·23 + 0·19 + 1·17 + 1·13 + 2·7 + 4·5 + 3·3 = 102; 102 mod 11 = 3; 10 − 3 = 7.
    private const string HandCheckedB = "0100112437";

    // 1000000040: 1·31 + 4·3 = 43; 43 mod 11 = 10; 10 − 10 = 0, so a check digit of 0 is valid.
    private const string HandCheckedZeroCheckDigit = "1000000040";

    [Theory]
    [InlineData(HandCheckedA)]
    [InlineData(HandCheckedB)]
    [InlineData(HandCheckedZeroCheckDigit)]
    public void Hand_checked_codes_are_valid(string input)
    {
        var code = TaxCode.Parse(input);

        Assert.Equal(input, code.Value);
        Assert.Equal(input, code.ToString());
        Assert.False(code.IsBranch);
        Assert.Null(code.ParentCode);
    }

    [Theory]
    [InlineData("100000000")]
    [InlineData("340000001")]
    [InlineData("123456789")]
    [InlineData("010010910")]
    public void Codes_completed_with_the_formula_are_valid(string firstNine)
    {
        var digit = CheckDigit(firstNine);
        Assert.NotNull(digit);

        Assert.Equal(firstNine + digit, TaxCode.Parse(firstNine + digit).Value);
    }

    [Fact]
    public void The_test_helper_agrees_with_the_hand_checked_codes()
    {
        Assert.Equal(6, CheckDigit("010010910"));
        Assert.Equal(7, CheckDigit("010011243"));
        Assert.Equal(0, CheckDigit("100000004"));
        Assert.Null(CheckDigit("100000008"));
    }

    [Theory]
    [InlineData(" 0100109106 ")]
    [InlineData("0100 109 106")]
    public void Spaces_are_ignored(string input)
    {
        Assert.Equal(HandCheckedA, TaxCode.Parse(input).Value);
    }

    [Theory]
    [InlineData("0100109100")]
    [InlineData("0100109105")]
    [InlineData("0100109107")]
    [InlineData("0100112436")]
    public void A_wrong_check_digit_is_refused(string input)
    {
        var error = Assert.Throws<DomainRuleException>(() => TaxCode.Parse(input));

        Assert.Equal("tax-code.check-digit", error.Rule);
        Assert.Contains(input, error.Message, StringComparison.Ordinal);
        VietnameseText.AssertVietnamese(error.Message, Subject);
    }

    [Theory]
    [InlineData("0000000000")]
    [InlineData("1000000080")]
    [InlineData("1000000089")]
    [InlineData("9876543210")]
    public void Nine_digits_whose_formula_gives_10_have_no_valid_check_digit(string input)
    {
        // 000000000 sums to 0, 100000008 to 31 + 24 = 55, 987654321 to 957 = 11 · 87: N10 would be 10.
        var error = Assert.Throws<DomainRuleException>(() => TaxCode.Parse(input));

        Assert.Equal("tax-code.check-digit", error.Rule);
    }

    [Theory]
    [InlineData("0100109106-001", "0100109106-001")]
    [InlineData("0100109106001", "0100109106-001")]
    [InlineData(" 0100109106 - 999 ", "0100109106-999")]
    public void A_dependent_unit_code_is_stored_dashed_with_its_parent(string input, string expected)
    {
        var code = TaxCode.Parse(input);

        Assert.Equal(expected, code.Value);
        Assert.True(code.IsBranch);
        Assert.Equal(HandCheckedA, code.ParentCode);
    }

    [Fact]
    public void The_same_branch_typed_with_or_without_dash_is_the_same_code()
    {
        Assert.Equal(TaxCode.Parse("0100109106-001"), TaxCode.Parse("0100109106001"));
    }

    [Theory]
    [InlineData("0100109107-001")]
    [InlineData("0100109107001")]
    public void A_dependent_unit_needs_a_valid_parent_code(string input)
    {
        var error = Assert.Throws<DomainRuleException>(() => TaxCode.Parse(input));

        Assert.Equal("tax-code.check-digit", error.Rule);
        VietnameseText.AssertVietnamese(error.Message, Subject);
    }

    [Theory]
    [InlineData("0100109106-000")]
    [InlineData("0100109106000")]
    public void A_dependent_unit_number_cannot_be_000(string input)
    {
        var error = Assert.Throws<DomainRuleException>(() => TaxCode.Parse(input));

        Assert.Equal("tax-code.format", error.Rule);
        Assert.Contains("000", error.Message, StringComparison.Ordinal);
        VietnameseText.AssertVietnamese(error.Message, Subject);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("010010910")]
    [InlineData("01001091061")]
    [InlineData("010010910600")]
    [InlineData("01001091060011")]
    [InlineData("0100109106-01")]
    [InlineData("0100109106-0001")]
    [InlineData("0100109106-")]
    [InlineData("010010910-6001")]
    [InlineData("0100109106--001")]
    [InlineData("01001091O6")]
    [InlineData("MST0100109106")]
    [InlineData("0100109106/001")]
    public void Any_other_shape_is_a_format_error(string? input)
    {
        var error = Assert.Throws<DomainRuleException>(() => TaxCode.Parse(input));

        Assert.Equal("tax-code.format", error.Rule);
        VietnameseText.AssertVietnamese(error.Message, Subject);
    }

    [Fact]
    public void TryParse_reports_success_and_failure_without_throwing()
    {
        Assert.True(TaxCode.TryParse("0100109106001", out var code, out var noError));
        Assert.Equal("0100109106-001", code.Value);
        Assert.Null(noError);

        Assert.False(TaxCode.TryParse("0100109107", out var none, out var error));
        Assert.Null(none);
        VietnameseText.AssertVietnamese(error, Subject);
    }

    [Property]
    public Property Nine_random_digits_with_their_check_digit_parse() =>
        Prop.ForAll(NineDigits(), firstNine =>
            CheckDigit(firstNine) is not { } digit
            || TaxCode.Parse(firstNine + digit).Value == firstNine + digit);

    [Property]
    public Property Any_other_last_digit_is_refused() =>
        Prop.ForAll(NineDigits(), Gen.Choose(0, 9).ToArbitrary(), (firstNine, last) =>
            last == CheckDigit(firstNine)
            || !TaxCode.TryParse(firstNine + last, out _, out _));

    private static Arbitrary<string> NineDigits() =>
        Gen.Choose(0, 999_999_999).Select(n => n.ToString("D9", CultureInfo.InvariantCulture)).ToArbitrary();

    /// <summary>The check digit for the first nine digits, or null when the formula gives 10.</summary>
    private static int? CheckDigit(string firstNine)
    {
        int[] weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
        var sum = firstNine.Select((c, i) => (c - '0') * weights[i]).Sum();
        var digit = 10 - (sum % 11);
        return digit == 10 ? null : digit;
    }
}
