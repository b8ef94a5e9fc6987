using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using static ThaiBinh.MotCua.Domain.Tests.Calendar.Calendars;

namespace ThaiBinh.MotCua.Domain.Tests.Dossiers;

/// <summary>The desk's guidance on incomplete papers: the reception officer's, with what to add and why.</summary>
public sealed class DeskGuidanceTests
{
    private readonly DossierScenario _s = new();

    [Fact]
    public void The_desk_records_what_to_add_and_why_for_the_procedure_in_force()
    {
        var procedure = DossierScenario.JudicialRecord();
        var guidance = DeskGuidance.Give(_s.Reception, procedure, DossierScenario.Intake().Applicant, " Bản chụp CCCD ", "Thiếu giấy tờ tùy thân", Vn(2026, 3, 9, 9));

        Assert.Equal((DossierScenario.Desk, _s.Reception.OfficerId), (guidance.OfficeId, guidance.OfficerId));
        Assert.Equal((procedure.Id, "2.000488"), (guidance.ProcedureVersionId, guidance.ProcedureCode));
        Assert.Equal(("Bản chụp CCCD", "Thiếu giấy tờ tùy thân"), (guidance.Items, guidance.Reasons));
    }

    [Fact]
    public void Guidance_needs_the_desk_the_items_and_the_reasons()
    {
        var procedure = DossierScenario.JudicialRecord();
        var applicant = DossierScenario.Intake().Applicant;

        Assert.Equal("guidance.role", Refused(() => DeskGuidance.Give(_s.Specialist, procedure, applicant, "Ảnh", "Thiếu ảnh", Vn(2026, 3, 9, 9))));
        Assert.Equal("guidance.items", Refused(() => DeskGuidance.Give(_s.Reception, procedure, applicant, " ", "Thiếu ảnh", Vn(2026, 3, 9, 9))));
        Assert.Equal("guidance.reasons", Refused(() => DeskGuidance.Give(_s.Reception, procedure, applicant, "Ảnh", null, Vn(2026, 3, 9, 9))));
    }

    private static string Refused(Action action) => Assert.Throws<DomainRuleException>(action).Rule;
}
