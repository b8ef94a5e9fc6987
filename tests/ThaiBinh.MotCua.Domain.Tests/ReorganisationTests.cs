using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Domain.Tests;

public sealed class ReorganisationTests
{
    private static readonly Guid District = Guid.NewGuid();

    [Fact]
    public void A_merger_closes_the_old_communes_and_opens_the_new_one_with_predecessor_links()
    {
        var a = new AdministrativeUnit("12457", "Xã Đông Hòa", "Xã", "commune", District, null);
        var b = new AdministrativeUnit("12463", "Xã Phú Xuân", "Xã", "commune", District, null);
        var mergedOn = new DateOnly(2025, 7, 1);

        var (merged, links) = Reorganisation.Merge([a, b], "99001", "Phường Trần Lãm", "Phường", "commune", null, mergedOn);

        Assert.Equal(new DateOnly(2025, 6, 30), a.ValidTo);
        Assert.True(a.IsInForceOn(new DateOnly(2025, 6, 30)));
        Assert.False(a.IsInForceOn(mergedOn));
        Assert.True(merged.IsInForceOn(mergedOn));
        Assert.False(merged.IsInForceOn(new DateOnly(2025, 6, 30)));
        Assert.Equal([a.Id, b.Id], links.Select(l => l.PredecessorId));
        Assert.All(links, l => Assert.Equal(merged.Id, l.UnitId));
    }

    [Fact]
    public void A_unit_already_closed_cannot_be_merged_again()
    {
        var a = new AdministrativeUnit("12457", "Xã Đông Hòa", "Xã", "commune", District, null);
        a.Close(new DateOnly(2020, 1, 1));

        var error = Assert.Throws<DomainRuleException>(() =>
            Reorganisation.Merge([a], "99001", "Xã Mới", "Xã", "commune", District, new DateOnly(2025, 7, 1)));

        Assert.Equal("unit.merge.not-in-force", error.Rule);
    }

    [Fact]
    public void A_merger_needs_something_to_merge()
    {
        Assert.Equal("unit.merge.empty", Assert.Throws<DomainRuleException>(() =>
            Reorganisation.Merge([], "99001", "Xã Mới", "Xã", "commune", District, new DateOnly(2025, 7, 1))).Rule);
    }
}
