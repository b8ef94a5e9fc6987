using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Domain.Tests;

public sealed class OfficerTests
{
    [Fact]
    public void Usernames_are_kept_in_one_spelling()
    {
        var officer = new Officer("  Tinh.TiepNhan ", "Nguyễn Thị Hoa", Guid.NewGuid(), [Role.Reception], "hash");

        Assert.Equal("tinh.tiepnhan", officer.Username);
        Assert.Equal(officer.Username, Officer.NormalizeUsername("TINH.TIEPNHAN"));
    }

    [Fact]
    public void Roles_are_distinct_and_ordered()
    {
        var officer = new Officer("a", "A", Guid.NewGuid(), [Role.Leader, Role.Reception, Role.Leader], "hash");

        Assert.Equal([Role.Reception, Role.Leader], officer.Roles);
        Assert.True(officer.HasRole(Role.Leader));
        Assert.False(officer.HasRole(Role.Admin));
    }

    [Fact]
    public void An_officer_needs_at_least_one_role()
    {
        Assert.Throws<ArgumentException>(() => new Officer("a", "A", Guid.NewGuid(), [], "hash"));
    }

    [Fact]
    public void Reassignment_replaces_office_and_roles()
    {
        var newOffice = Guid.NewGuid();
        var officer = new Officer("a", "A", Guid.NewGuid(), [Role.Reception], "hash");

        officer.AssignTo("Nguyễn Văn A", newOffice, [Role.Supervisor]);

        Assert.Equal((newOffice, "Nguyễn Văn A"), (officer.OfficeId, officer.FullName));
        Assert.Equal([Role.Supervisor], officer.Roles);
    }
}
