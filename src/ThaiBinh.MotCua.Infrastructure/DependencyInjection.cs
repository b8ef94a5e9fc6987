using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ThaiBinh.MotCua.Application.Admin.HandOver;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Dossiers.PublicLookup;
using ThaiBinh.MotCua.Application.Forms;
using ThaiBinh.MotCua.Application.Reports.Processing;
using ThaiBinh.MotCua.Application.Supervision;
using ThaiBinh.MotCua.Infrastructure.Calendar;
using ThaiBinh.MotCua.Infrastructure.Dossiers;
using ThaiBinh.MotCua.Infrastructure.Files;
using ThaiBinh.MotCua.Infrastructure.Evaluations;
using ThaiBinh.MotCua.Infrastructure.Forms;
using ThaiBinh.MotCua.Infrastructure.Jobs;
using ThaiBinh.MotCua.Infrastructure.NationalPortal;
using ThaiBinh.MotCua.Infrastructure.NationalPortal.Inbound;
using ThaiBinh.MotCua.Infrastructure.Outbox;
using ThaiBinh.MotCua.Infrastructure.Payments;
using ThaiBinh.MotCua.Infrastructure.Notifications;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using ThaiBinh.MotCua.Infrastructure.Population;
using ThaiBinh.MotCua.Infrastructure.Reference;
using ThaiBinh.MotCua.Infrastructure.Regimes;
using ThaiBinh.MotCua.Infrastructure.Reports;
using ThaiBinh.MotCua.Infrastructure.Security;
using ThaiBinh.MotCua.Infrastructure.Seeding;
using ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

namespace Microsoft.Extensions.DependencyInjection;

public static class InfrastructureServiceCollectionExtensions
{
    public const string ConnectionStringName = "MotCua";

    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder, JwtSettings jwtSettings)
    {
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not configured (deploy/pg.sh prints one).");
        }

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!string.IsNullOrWhiteSpace(database.DemoUsersFile)
            && !(builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")))
        {
            throw new InvalidOperationException(
                "Database:DemoUsersFile is set outside Development: development accounts must never reach a real deployment.");
        }

        var services = builder.Services;
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddScoped<DossierUnitOfWork>();
        services.AddDbContext<MotCuaDbContext>((provider, options) => options
            .UseMotCuaPostgres(connectionString, database)
            .AddInterceptors(provider.GetRequiredService<DossierUnitOfWork>()));
        services.AddScoped<IMotCuaDbContext>(sp => sp.GetRequiredService<MotCuaDbContext>());
        services.AddReportingDb(configuration.GetConnectionString(ReportingDb.ConnectionStringName), database);
        services.AddScoped(sp => new ReferenceChangeSetRunner(
            sp.GetRequiredService<MotCuaDbContext>(),
            [.. ShippedChangeSets.All(sp.GetRequiredService<TimeProvider>())],
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ReferenceChangeSetRunner>>()));
        services.AddScoped<DemoUserSeeder>();
        services.AddScoped<NoticeTemplateSeeder>();
        var calendar = configuration.GetSection(CalendarOptions.Section).Get<CalendarOptions>() ?? new CalendarOptions();
        services.AddSingleton(calendar.ToWorkingHours());
        services.AddSingleton<ICalendarProvider, CalendarProvider>();
        services.AddSingleton<IReferenceData, ReferenceDataCache>();
        services.AddScoped<IDueMomentRecomputer, DueMomentRecomputer>();
        services.AddScoped<IDossierCodeGenerator, DossierCodeGenerator>();
        services.AddScoped<IVerificationAttempts, VerificationAttempts>();
        services.Configure<PublicLookupOptions>(configuration.GetSection(PublicLookupOptions.Section));
        services.AddSingleton<IFormPdfRenderer, FormPdfRenderer>();
        services.AddSingleton<IRegimes, RegimeFile>();
        services.AddScoped<IOverdueFlagging, OverdueFlagging>();
        services.AddScoped<IProcessingFactsSource, ProcessingFactsSource>();
        services.AddScoped<IHandOverCandidates, HandOverCandidates>();
        services.AddSingleton(configuration.GetSection(SupervisionOptions.Section).Get<SupervisionOptions>() ?? new SupervisionOptions());
        services.AddHostedService<RecurringJobsRegistration>();
        services.AddNationalPortal(configuration);
        services.AddPortalInbound(configuration);
        services.Configure<FormOptions>(configuration.GetSection(FormOptions.Section));
        services.AddOutboxRelay(configuration, connectionString);
        services.AddNotificationChannels(configuration);
        services.AddFileStore(configuration, builder.Environment);
        services.AddPopulationRegistry(configuration);
        services.AddEvaluations(configuration, builder.Environment);
        services.AddPayGov(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(jwtSettings);
        services.AddSingleton<IPasswordHasher, IdentityPasswordHasher>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();

        // The pages' cookie and anti-forgery tokens must open on every server behind the balancer, and
        // survive a restart: the key ring lives in the database, not in a folder of one machine.
        services.AddDataProtection()
            .SetApplicationName("ThaiBinh.MotCua")
            .PersistKeysToDbContext<MotCuaDbContext>();

        var hangfire = configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        services.AddMotCuaHangfire(connectionString, hangfire);
        return builder;
    }
}
