using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Infrastructure.Seeding;
using ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

namespace ThaiBinh.MotCua.Infrastructure.Persistence;

/// <summary>Brings the database to the current schema, applies the reference change sets not yet applied, fills the missing notice templates, and loads the demo accounts where configured.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStartup)
        {
            return;
        }

        await provider.GetRequiredService<MotCuaDbContext>().Database.MigrateAsync(cancellationToken);
        await provider.GetRequiredService<ReferenceChangeSetRunner>().ApplyPendingAsync(cancellationToken);
        await provider.GetRequiredService<NoticeTemplateSeeder>().SeedAsync(cancellationToken);

        if (!string.IsNullOrWhiteSpace(options.DemoUsersFile))
        {
            var environment = provider.GetRequiredService<IHostEnvironment>();
            var path = Path.GetFullPath(options.DemoUsersFile, environment.ContentRootPath);
            await provider.GetRequiredService<DemoUserSeeder>().SeedAsync(path, cancellationToken);
        }
    }
}
