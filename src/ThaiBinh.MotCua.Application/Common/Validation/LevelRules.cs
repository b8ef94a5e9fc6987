using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Application.Common.Validation;

/// <summary>Administrative levels are data (three tiers until 2025, two after), so the allowed codes are read, not listed in code.</summary>
public static class LevelRules
{
    /// <summary>
    /// A level code the database knows; the refusal lists the codes with their Vietnamese names. The
    /// text policy runs first and stops the rule, so a refused character never reaches the database.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> KnownLevel<T>(this IRuleBuilderInitial<T, string?> rule, IMotCuaDbContext db) =>
        rule.Cascade(CascadeMode.Stop).SingleLineText().CustomAsync(async (level, context, cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(level))
            {
                return; // no level asked for (an empty select sends "level=")
            }

            var levels = await db.AdministrativeLevels.AsNoTracking().OrderBy(l => l.Rank)
                .Select(l => new { l.Code, l.Name }).ToListAsync(cancellationToken);
            if (levels.All(l => l.Code != level))
            {
                context.AddFailure($"Cấp hành chính phải là một trong: {string.Join(", ", levels.Select(l => $"{l.Code} ({l.Name})"))}.");
            }
        });
}
