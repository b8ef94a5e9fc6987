using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Domain.Tests;

public sealed class AdministrativeUnitTests
{
    [Fact]
    public void A_unit_with_open_dates_is_in_force_on_any_day()
    {
        var unit = new AdministrativeUnit("12433", "Phường Lê Hồng Phong", "Phường", "commune", Guid.NewGuid(), validFrom: null);

        Assert.True(unit.IsInForceOn(new DateOnly(2018, 6, 21)));
        Assert.True(unit.IsInForceOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void A_unit_is_not_in_force_before_it_starts()
    {
        var unit = new AdministrativeUnit("12433", "Phường Lê Hồng Phong", "Phường", "commune", null, new DateOnly(2025, 7, 1));

        Assert.False(unit.IsInForceOn(new DateOnly(2025, 6, 30)));
        Assert.True(unit.IsInForceOn(new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void A_unit_cannot_be_its_own_parent()
    {
        var unit = new AdministrativeUnit("340", "Huyện Đông Hưng", "Huyện", "district", null, null);

        Assert.Throws<ArgumentException>(() => unit.MoveUnder(unit.Id));
    }

    [Fact]
    public void Names_are_stored_without_surrounding_blanks()
    {
        var unit = new AdministrativeUnit("34", "  Tỉnh Thái Bình ", " Tỉnh ", "province", null, null);

        Assert.Equal(("Tỉnh Thái Bình", "Tỉnh"), (unit.Name, unit.Kind));
    }
}
