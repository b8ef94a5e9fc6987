using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Notices;

namespace ThaiBinh.MotCua.Domain.Tests.Identifiers;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("0912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("+84912345678", "0912345678")]
    [InlineData("84388123456", "0388123456")]
    [InlineData("0862-123-456", "0862123456")]
    public void Every_way_a_desk_types_a_mobile_number_is_stored_in_one_national_spelling(string typed, string stored)
    {
        Assert.True(MobileNumber.TryParse(typed, out var number));
        Assert.Equal(stored, number.Value);
    }

    [Theory]
    [InlineData("02273831234")] // a Thái Bình landline
    [InlineData("091234567")] // one digit short
    [InlineData("09123456789")] // one digit more
    [InlineData("0112345678")] // no such mobile prefix
    [InlineData("0952345678")] // 095, closed
    [InlineData("+1 912 345 678")]
    [InlineData("０９１２３４５６７８")] // full-width digits
    [InlineData("")]
    public void A_number_no_mobile_network_answers_is_refused(string typed)
    {
        Assert.False(MobileNumber.TryParse(typed, out _));
        Assert.Equal(MobileNumber.Rule, Assert.Throws<DomainRuleException>(() => MobileNumber.Parse(typed)).Rule);
    }

    [Fact]
    public void The_number_is_read_aloud_in_groups_of_four_three_three() =>
        Assert.Equal("0912 345 678", MobileNumber.Parse("+84912345678").Display);

    [Fact]
    public void A_choice_keeps_only_the_contact_its_channel_needs()
    {
        var sms = NoticeChoice.Of(NoticeChannel.Sms, "+84 912 345 678", "an@example.vn");
        var email = NoticeChoice.Of(NoticeChannel.Email, "0912345678", " an@example.vn ");

        Assert.Equal(("0912345678", (string?)null, "0912345678"), (sms.Phone, sms.Email, sms.Recipient));
        Assert.Equal(((string?)null, "an@example.vn", "an@example.vn"), (email.Phone, email.Email, email.Recipient));
        Assert.Null(NoticeChoice.None.Recipient);
        Assert.Throws<DomainRuleException>(() => NoticeChoice.Of(NoticeChannel.Zalo, null, null));
    }
}
