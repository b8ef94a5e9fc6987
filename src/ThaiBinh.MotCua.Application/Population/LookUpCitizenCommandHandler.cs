using Mediator;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Identifiers;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;

namespace ThaiBinh.MotCua.Application.Population;

/// <summary>
/// Logs the lookup and commits it before the registry is called, then asks the registry and records
/// the outcome. The registry's failures are outcomes, never errors: the desk goes on by hand.
/// </summary>
public sealed class LookUpCitizenCommandHandler(
    IMotCuaDbContext db, ICurrentOfficer currentOfficer, IReferenceData reference, IPopulationRegistry registry, TimeProvider clock)
    : ICommandHandler<LookUpCitizenCommand, CitizenLookupResult>
{
    public async ValueTask<CitizenLookupResult> Handle(LookUpCitizenCommand command, CancellationToken cancellationToken)
    {
        var officer = await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken);
        if (!officer.Has(Role.Reception) || officer.OfficeKind == OfficeKind.Department)
        {
            throw new ForbiddenException("Chỉ công chức tiếp nhận tại bộ phận một cửa mới được tra cứu Cơ sở dữ liệu quốc gia về dân cư.");
        }

        var citizenId = CitizenId.Parse(command.CitizenId, command.BirthDate).Value;
        var fullName = command.FullName!.Trim();
        var birthDate = command.BirthDate!.Value;
        var id = Guid.CreateVersion7();
        var lookup = new PopulationLookup(
            id, officer.OfficerId, officer.OfficeId, clock.GetUtcNow(), citizenId, fullName, birthDate, command.Reason!.Trim(),
            string.IsNullOrWhiteSpace(command.DossierCode) ? null : command.DossierCode.Trim(), registry.RequestIdOf(id));
        db.PopulationLookups.Add(lookup);
        await db.SaveChangesAsync(cancellationToken); // who, when, which number and why: written even if the call never returns

        var answer = await registry.FindAsync(new PopulationQuery(citizenId, fullName, birthDate, officer.Username, lookup.RequestId), cancellationToken);
        var differences = answer.Citizen is { } found ? PopulationMatch.Differences(found, fullName, birthDate) : [];
        var outcome = answer.Kind switch
        {
            PopulationAnswerKind.Found when differences.Count == 0 => PopulationLookupOutcome.Verified,
            PopulationAnswerKind.Found => PopulationLookupOutcome.Mismatch,
            PopulationAnswerKind.NotFound => PopulationLookupOutcome.NotFound,
            _ => PopulationLookupOutcome.Unavailable,
        };
        lookup.Finish(outcome, differences.Count == 0 ? answer.Detail : "Không khớp: " + string.Join(", ", differences), clock.GetUtcNow());

        // The outcome is kept even when the desk stopped waiting (the request was aborted).
        await db.SaveChangesAsync(CancellationToken.None);
        return new CitizenLookupResult(
            id,
            PopulationMatch.Key(outcome),
            PopulationMatch.Message(outcome, citizenId, differences),
            outcome == PopulationLookupOutcome.Verified ? RegisteredCitizenDto.Of(answer.Citizen!) : null);
    }
}
