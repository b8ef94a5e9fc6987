using Mediator;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Admin.HandOver;

/// <summary>
/// Bàn giao hồ sơ sau sắp xếp đơn vị hành chính: every open dossier whose current step or a step
/// still ahead lies at an office closed today passes to the office in force that succeeds it (see
/// <see cref="Dossier.HandOver"/>), with an audit line each. <see cref="OfficeCode"/> limits it to one
/// closed office. Safe to run again: a dossier already handed over has nothing left to move.
/// </summary>
public sealed record HandOverDossiersCommand(string? OfficeCode) : ICommand<HandOverResultDto>;

/// <summary>How many dossiers were handed over by this run, and their codes.</summary>
public sealed record HandOverResultDto(int HandedOver, IReadOnlyList<string> Codes);

public sealed class HandOverDossiersCommandHandler(
    IMotCuaDbContext db,
    ICurrentOfficer currentOfficer,
    IReferenceData reference,
    IHandOverCandidates candidates,
    TimeProvider clock) : ICommandHandler<HandOverDossiersCommand, HandOverResultDto>
{
    public async ValueTask<HandOverResultDto> Handle(HandOverDossiersCommand command, CancellationToken cancellationToken)
    {
        var admin = (await OfficerContext.LoadAsync(db, currentOfficer, reference, cancellationToken))
            .RequireAdmin("Chỉ quản trị hệ thống được bàn giao hồ sơ của cơ quan đã ngừng hoạt động.");

        var now = clock.GetUtcNow();
        var today = VietnamToday.Of(clock);
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var closed = snapshot.OfficesClosedBefore(today).ToList();
        if (command.OfficeCode is { } code)
        {
            // Codes are reused: of the offices that bore it, the one closed last.
            closed = [.. closed.Where(o => o.Code == code.Trim()).OrderByDescending(o => o.ValidTo).Take(1)];
            if (closed.Count == 0)
            {
                throw new NotFoundException($"Không có cơ quan đã ngừng hoạt động mang mã {code}.");
            }
        }

        Guid? SuccessorOf(Guid officeId) => snapshot.Office(officeId) is { } office ? snapshot.InForceSuccessorOn(office, today)?.Id : null;
        string NameOf(Guid officeId) => snapshot.Office(officeId)?.Name ?? officeId.ToString();

        var ids = await candidates.FindAsync([.. closed.Select(o => o.Id)], cancellationToken);
        var dossiers = await db.Dossiers.Where(d => ids.Contains(d.Id)).OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var handedOver = new List<string>();
        foreach (var dossier in dossiers)
        {
            if (dossier.HandOver(SuccessorOf, NameOf, admin.Actor, now))
            {
                handedOver.Add(dossier.Code);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new HandOverResultDto(handedOver.Count, handedOver);
    }
}
