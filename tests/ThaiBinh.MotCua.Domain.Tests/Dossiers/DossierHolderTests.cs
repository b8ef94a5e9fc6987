using ThaiBinh.MotCua.Domain.Dossiers;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Dossiers;

/// <summary>The holder column the work queues read is always the last hand-off's officer.</summary>
public sealed class DossierHolderTests
{
    private readonly DossierScenario _s = new();

    public static TheoryData<string> Stages() => ["received", "transferred", "assigned", "assessed", "verified", "sent back", "approved", "returned"];

    [Theory]
    [MemberData(nameof(Stages))]
    public void The_holder_is_the_last_hand_offs_officer_at_every_stage(string stage)
    {
        var dossier = At(stage);

        Assert.Equal(dossier.Handoffs[^1].ToOfficerId, dossier.CurrentHolderId);
    }

    [Fact]
    public void The_holder_follows_the_dossier_from_the_desk_to_the_specialist_and_back()
    {
        Assert.Equal(_s.Reception.OfficerId, At("received").CurrentHolderId);
        Assert.Null(At("transferred").CurrentHolderId);
        Assert.Equal(_s.Specialist.OfficerId, At("assigned").CurrentHolderId);
        Assert.Equal(_s.Specialist.OfficerId, At("sent back").CurrentHolderId);
        Assert.Equal(_s.Reception.OfficerId, At("returned").CurrentHolderId);
    }

    private Dossier At(string stage)
    {
        switch (stage)
        {
            case "received":
                return _s.Received();
            case "transferred":
                return _s.Transferred();
            case "assigned":
                var assigned = _s.Transferred();
                assigned.Assign(_s.JusticeLeader, _s.Specialist.OfficerId, Vn(2026, 3, 9, 11));
                return assigned;
            case "assessed":
                return _s.Assessed();
            case "verified":
                return _s.Verified();
            case "sent back":
                var sentBack = _s.Verified();
                sentBack.SendBack(_s.JusticeLeader, "Thiếu kết quả xác minh nơi cư trú", Vn(2026, 3, 13, 14), _s.Rules);
                return sentBack;
            case "approved":
                return _s.Approved();
            default:
                var returned = _s.Approved();
                returned.Return(_s.Reception, "Nguyễn Văn An", Vn(2026, 3, 17, 9));
                return returned;
        }
    }
}
