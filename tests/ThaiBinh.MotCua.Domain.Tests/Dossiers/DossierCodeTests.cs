using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Domain.Tests.Dossiers;

public sealed class DossierCodeTests
{
    [Fact]
    public void The_code_joins_the_agency_the_Vietnam_date_and_a_four_digit_sequence()
    {
        var receivedAt = new DateTimeOffset(2026, 2, 12, 18, 30, 0, TimeSpan.Zero); // 01:30 on 13/02 in Hà Nội

        Assert.Equal("000.00.01.H54-260213-0007", DossierCode.Create("000.00.01.H54", receivedAt, 7).Value);
        Assert.Equal("000.00.01.H54-260213-12345", DossierCode.Create("000.00.01.H54", receivedAt, 12345).Value);
    }

    [Theory]
    [InlineData("000.00.06.H56-231027-0361", true)]
    [InlineData(" 000.01.31.H54-260309-0001 ", true)]
    [InlineData("000.00.06.H56-231027-361", false)]
    [InlineData("H54-231027-0361", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Codes_typed_by_a_citizen_are_recognised_by_their_shape(string? text, bool valid)
    {
        Assert.Equal(valid, DossierCode.TryParse(text, out var code));
        Assert.Equal(valid, code is not null);
    }

    [Theory]
    [InlineData(DossierStatus.Submitted, 1)]
    [InlineData(DossierStatus.Received, 2)]
    [InlineData(DossierStatus.NotAccepted, 3)]
    [InlineData(DossierStatus.InProgress, 4)]
    [InlineData(DossierStatus.SupplementRequested, 5)]
    [InlineData(DossierStatus.FinancialObligation, 6)]
    [InlineData(DossierStatus.Withdrawn, 7)]
    [InlineData(DossierStatus.Stopped, 8)]
    [InlineData(DossierStatus.ResultReady, 9)]
    [InlineData(DossierStatus.Returned, 10)]
    public void Statuses_carry_the_national_portal_codes(DossierStatus status, int portalCode)
    {
        Assert.Equal(portalCode, (int)status);
        Assert.False(string.IsNullOrWhiteSpace(status.Label()));
    }
}
