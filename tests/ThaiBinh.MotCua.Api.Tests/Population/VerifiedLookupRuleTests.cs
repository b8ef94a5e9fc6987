using ThaiBinh.MotCua.Application.Population;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Identifiers;

namespace ThaiBinh.MotCua.Api.Tests.Population;

/// <summary>The one rule of "verified" (<see cref="PopulationLookup.Verifies"/>), without a host.</summary>
public sealed class VerifiedLookupRuleTests
{
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly DateTimeOffset Morning = new(2025, 6, 2, 8, 30, 0, VietnamTime.Offset);
    private static readonly Applicant An = Applicant.Citizen("Nguyễn Văn Ấn", CitizenId.Parse("034090001234"), new DateOnly(1990, 5, 1), null, null, null);

    [Fact]
    public void A_verified_lookup_of_the_officer_verifies_the_same_applicant_until_the_end_of_the_day_in_Vietnam()
    {
        var lookup = Finished(PopulationLookupOutcome.Verified, "NGUYEN VAN AN");

        Assert.True(lookup.Verifies(Officer, An, Morning));
        Assert.True(lookup.Verifies(Officer, An, new DateTimeOffset(2025, 6, 2, 23, 59, 0, VietnamTime.Offset)));
        Assert.False(lookup.Verifies(Officer, An, new DateTimeOffset(2025, 6, 3, 0, 0, 0, VietnamTime.Offset)));
        Assert.False(lookup.Verifies(Officer, An, Morning.AddMinutes(-10))); // a receipt before the lookup had finished
    }

    [Theory]
    [InlineData(PopulationLookupOutcome.Mismatch)]
    [InlineData(PopulationLookupOutcome.NotFound)]
    [InlineData(PopulationLookupOutcome.Unavailable)]
    [InlineData(PopulationLookupOutcome.Pending)]
    public void Any_other_outcome_verifies_nobody(PopulationLookupOutcome outcome) =>
        Assert.False(Finished(outcome, "Nguyễn Văn Ấn").Verifies(Officer, An, Morning));

    [Fact]
    public void Another_officer_number_name_or_birth_date_is_not_verified()
    {
        var lookup = Finished(PopulationLookupOutcome.Verified, "Nguyễn Văn Ấn");

        Assert.False(lookup.Verifies(Guid.NewGuid(), An, Morning));
        Assert.False(lookup.Verifies(Officer, Applicant.Citizen("Nguyễn Văn Ấn", CitizenId.Parse("034090001235"), new DateOnly(1990, 5, 1), null, null, null), Morning));
        Assert.False(lookup.Verifies(Officer, Applicant.Citizen("Nguyễn Văn Anh", CitizenId.Parse("034090001234"), new DateOnly(1990, 5, 1), null, null, null), Morning));
        Assert.False(lookup.Verifies(Officer, Applicant.Citizen("Nguyễn Văn Ấn", CitizenId.Parse("034090001234"), new DateOnly(1990, 5, 2), null, null, null), Morning));
    }

    [Fact]
    public void The_registry_is_asked_the_name_upper_case_without_marks_and_single_spaced() =>
        Assert.Equal("TRAN THI ANH DUONG DANG", PopulationLookup.RegistryName("  Trần thị  Ánh Dương\u00a0Đặng "));

    private static PopulationLookup Finished(PopulationLookupOutcome outcome, string fullName)
    {
        var lookup = new PopulationLookup(
            Guid.NewGuid(), Officer, Guid.NewGuid(), Morning.AddMinutes(-5), "034090001234", fullName, new DateOnly(1990, 5, 1), "Tiếp nhận", null, "T");
        if (outcome != PopulationLookupOutcome.Pending)
        {
            lookup.Finish(outcome, "kiểm thử", Morning.AddMinutes(-4));
        }

        return lookup;
    }
}
