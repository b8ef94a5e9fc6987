using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Domain.Tests.Identifiers;

public sealed class CitizenIdTests
{
    private const string Subject = "số định danh cá nhân";

    [Fact]
    public void A_man_born_1990_in_Thai_Binh_is_read_from_his_id()
    {
        var id = CitizenId.Parse("034090001234");

        Assert.Equal("034090001234", id.Value);
        Assert.False(id.IsLegacy);
        Assert.Equal("034", id.ProvinceCode);
        Assert.Equal("Thái Bình", id.ProvinceName);
        Assert.Equal(1990, id.BirthYear);
        Assert.Equal(Gender.Male, id.Gender);
    }

    [Fact]
    public void A_woman_born_2005_in_Ha_Noi_is_read_from_her_id()
    {
        var id = CitizenId.Parse("001305012345");

        Assert.Equal(("001", "Hà Nội", 2005, Gender.Female), (id.ProvinceCode, id.ProvinceName, id.BirthYear, id.Gender));
    }

    [Theory]
    [InlineData('0', 1985, Gender.Male)]
    [InlineData('1', 1985, Gender.Female)]
    [InlineData('2', 2085, Gender.Male)]
    [InlineData('3', 2085, Gender.Female)]
    [InlineData('4', 2185, Gender.Male)]
    [InlineData('5', 2185, Gender.Female)]
    [InlineData('6', 2285, Gender.Male)]
    [InlineData('7', 2285, Gender.Female)]
    [InlineData('8', 2385, Gender.Male)]
    [InlineData('9', 2385, Gender.Female)]
    public void The_fourth_digit_gives_century_and_gender(char centuryAndGender, int birthYear, Gender gender)
    {
        var id = CitizenId.Parse($"034{centuryAndGender}85000001");

        Assert.Equal((birthYear, gender), (id.BirthYear, id.Gender));
    }

    [Theory]
    [InlineData("034 090 001 234")]
    [InlineData("  034090001234  ")]
    [InlineData("034\t090\u00A0001234")]
    public void Spaces_typed_or_pasted_are_ignored(string input)
    {
        var id = CitizenId.Parse(input);

        Assert.Equal("034090001234", id.Value);
        Assert.Equal("034090001234", id.ToString());
    }

    [Fact]
    public void The_same_number_typed_two_ways_is_the_same_id()
    {
        Assert.Equal(CitizenId.Parse("034090001234"), CitizenId.Parse("034 090 001 234"));
    }

    [Fact]
    public void A_birth_date_in_the_encoded_year_is_accepted()
    {
        var id = CitizenId.Parse("034090001234", new DateOnly(1990, 12, 31));

        Assert.Equal(1990, id.BirthYear);
    }

    [Fact]
    public void A_birth_date_in_another_year_is_refused_naming_both_years()
    {
        var error = Assert.Throws<DomainRuleException>(() => CitizenId.Parse("034090001234", new DateOnly(1991, 3, 15)));

        Assert.Equal("citizen-id.birth-year", error.Rule);
        Assert.Contains("1990", error.Message, StringComparison.Ordinal);
        Assert.Contains("1991", error.Message, StringComparison.Ordinal);
        VietnameseText.AssertVietnamese(error.Message, Subject);
    }

    [Fact]
    public void The_century_counts_when_comparing_birth_years()
    {
        // "90" with digit 2 is 2090, not 1990.
        var error = Assert.Throws<DomainRuleException>(() => CitizenId.Parse("034290001234", new DateOnly(1990, 1, 1)));

        Assert.Equal("citizen-id.birth-year", error.Rule);
    }

    [Fact]
    public void A_legacy_cmnd_is_accepted_without_checks()
    {
        var id = CitizenId.Parse(" 151 234 567 ", new DateOnly(1970, 1, 1));

        Assert.Equal("151234567", id.Value);
        Assert.True(id.IsLegacy);
        Assert.Null(id.ProvinceCode);
        Assert.Null(id.ProvinceName);
        Assert.Null(id.BirthYear);
        Assert.Null(id.Gender);
    }

    [Theory]
    [InlineData("003")]
    [InlineData("099")]
    [InlineData("000")]
    [InlineData("097")]
    public void An_unknown_province_code_is_refused_and_named(string code)
    {
        var error = Assert.Throws<DomainRuleException>(() => CitizenId.Parse(code + "090001234"));

        Assert.Equal("citizen-id.province", error.Rule);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        VietnameseText.AssertVietnamese(error.Message, Subject);
    }

    [Fact]
    public void Every_one_of_the_63_province_codes_is_accepted()
    {
        Assert.Equal(63, BirthRegistrationProvinces.All.Count);
        foreach (var (code, name) in BirthRegistrationProvinces.All)
        {
            var id = CitizenId.Parse(code + "090001234");
            Assert.Equal((code, name), (id.ProvinceCode, id.ProvinceName));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("03409000123A")]
    [InlineData("0340900012")]
    [InlineData("03409000123")]
    [InlineData("0340900012345")]
    [InlineData("15123456")]
    [InlineData("034-090-001-234")]
    [InlineData("０３４０９０００１２３４")]
    public void Anything_but_12_or_9_digits_is_a_format_error(string? input)
    {
        var error = Assert.Throws<DomainRuleException>(() => CitizenId.Parse(input));

        Assert.Equal("citizen-id.format", error.Rule);
        Assert.Contains("12 chữ số", error.Message, StringComparison.Ordinal);
        VietnameseText.AssertVietnamese(error.Message, Subject);
    }

    [Fact]
    public void TryParse_returns_the_id_when_valid()
    {
        var ok = CitizenId.TryParse("034 090 001 234", new DateOnly(1990, 5, 1), out var id, out var error);

        Assert.True(ok);
        Assert.Equal("034090001234", id?.Value);
        Assert.Null(error);
    }

    [Fact]
    public void TryParse_returns_the_same_message_Parse_would_throw()
    {
        var ok = CitizenId.TryParse("034090001234", new DateOnly(1991, 1, 1), out var id, out var error);
        var thrown = Assert.Throws<DomainRuleException>(() => CitizenId.Parse("034090001234", new DateOnly(1991, 1, 1)));

        Assert.False(ok);
        Assert.Null(id);
        Assert.Equal(thrown.Message, error);
    }

    [Fact]
    public void TryParse_without_birth_date_checks_the_format()
    {
        Assert.False(CitizenId.TryParse("12345", out _, out var error));
        VietnameseText.AssertVietnamese(error, Subject);
        Assert.True(CitizenId.TryParse("001305012345", out var id, out _));
        Assert.Equal(2005, id.BirthYear);
    }
}
