using Microsoft.EntityFrameworkCore;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Offices;
using ThaiBinh.MotCua.Domain.Units;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

public sealed class MotCuaDbContext(DbContextOptions<MotCuaDbContext> options) : DbContext(options), IMotCuaDbContext
{
    public DbSet<AdministrativeLevel> AdministrativeLevels => Set<AdministrativeLevel>();

    public DbSet<AdministrativeUnit> AdministrativeUnits => Set<AdministrativeUnit>();

    public DbSet<Office> Offices => Set<Office>();

    public DbSet<Officer> Officers => Set<Officer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MotCuaDbContext).Assembly);
}
