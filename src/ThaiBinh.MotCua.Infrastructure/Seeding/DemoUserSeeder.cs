using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Infrastructure.Seeding;

/// <summary>
/// Creates or refreshes the development accounts listed in a JSON file (deploy/demo-users.json).
/// Only ever called in the Development and Testing environments. An entry names its office by code
/// among every version, open or closed (an officer of a closed office is still an account; office codes
/// are never reused), and the office gives the unit: unit codes are reused over time, so the entry's
/// unit code is only checked against the office's own unit.
/// </summary>
internal sealed class DemoUserSeeder(MotCuaDbContext db, IPasswordHasher passwordHasher, ILogger<DemoUserSeeder> logger)
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web);

    public async Task SeedAsync(string filePath, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(filePath);
        var users = await JsonSerializer.DeserializeAsync<List<DemoUser>>(file, FileJson, cancellationToken)
            ?? throw new InvalidOperationException($"{filePath} holds no users.");

        var offices = await (
            from office in db.Offices
            join unit in db.AdministrativeUnits on office.UnitId equals unit.Id
            select new { office.Id, office.Code, UnitCode = unit.Code }).ToDictionaryAsync(o => o.Code, cancellationToken);
        var existing = await db.Officers.ToDictionaryAsync(o => o.Username, cancellationToken);

        foreach (var user in users)
        {
            if (!offices.TryGetValue(user.OfficeCode, out var office) || office.UnitCode != user.UnitCode)
            {
                throw new InvalidOperationException(
                    $"Demo user {user.Username}: office {user.OfficeCode} does not exist in unit {user.UnitCode}.");
            }

            var roles = user.Roles.Select(r => Enum.Parse<Role>(r, ignoreCase: false)).ToList();
            if (existing.TryGetValue(Officer.NormalizeUsername(user.Username), out var officer))
            {
                officer.AssignTo(user.FullName, office.Id, roles);
                if (passwordHasher.Check(officer.PasswordHash, user.Password) != PasswordCheck.Succeeded)
                {
                    officer.SetPasswordHash(passwordHasher.Hash(user.Password));
                }
            }
            else
            {
                officer = new Officer(user.Username, user.FullName, office.Id, roles, passwordHasher.Hash(user.Password));
                db.Officers.Add(officer);
            }

            officer.SetEmail(user.Email);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Development accounts ready: {Count} from {File}", users.Count, filePath);
    }
}
