using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the API. Generating a
/// migration never connects, so the connection string only has to parse.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MotCuaDbContext>
{
    public MotCuaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MotCuaDbContext>();
        options.UseMotCuaPostgres("Host=127.0.0.1;Database=motcua_design");
        return new MotCuaDbContext(options.Options);
    }
}
