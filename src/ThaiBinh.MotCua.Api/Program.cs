using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;
using ThaiBinh.MotCua.Api.Endpoints;
using ThaiBinh.MotCua.Api.Errors;
using ThaiBinh.MotCua.Api.Http;
using ThaiBinh.MotCua.Api.Json;
using ThaiBinh.MotCua.Api.Logging;
using ThaiBinh.MotCua.Api.OpenApi;
using ThaiBinh.MotCua.Api.Security;
using ThaiBinh.MotCua.Api.Telemetry;
using ThaiBinh.MotCua.Application.Common.Behaviours;
using ThaiBinh.MotCua.Application.Common.Telemetry;
using ThaiBinh.MotCua.Infrastructure.Persistence;
using ThaiBinh.MotCua.Infrastructure.Security;
using ThaiBinh.MotCua.Web;
using ThaiBinh.MotCua.Web.Errors;

var builder = WebApplication.CreateBuilder(args);

if (!builder.Environment.IsDevelopment())
{
    // Scopes carry the trace and span ids of the request or job a line was written in.
    builder.Logging.ClearProviders().AddJsonConsole(options => options.IncludeScopes = true);
}

builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// Run from a build (tests, benchmarks, run.sh) in any environment, the pages' stylesheet is read where
// the Web project keeps it; a published host has no such map and serves its own wwwroot.
builder.WebHost.UseStaticWebAssets();
builder.AddMotCuaTelemetry();

var jwtSettings = JwtSettings.Load(builder.Configuration, builder.Environment);
builder.AddInfrastructure(jwtSettings);
builder.Services.AddApplication();
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(ThaiBinh.MotCua.Application.ApplicationAssembly)];
    options.PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(ConcurrentChangeBehavior<,>), typeof(DossierMetricsBehavior<,>),
    ];
});

builder.Services.AddMotCuaProblemDetails();
builder.Services.AddMotCuaAuthentication(jwtSettings);
builder.Services.AddMotCuaWeb();
builder.Services.AddMotCuaHealthChecks();
builder.Services.AddPublicLookupRateLimit();
builder.Services.AddSignInThrottle(builder.Configuration);
builder.Services.AddMotCuaForwardedHeaders(builder.Configuration);
builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
builder.Services.AddOpenApi(options => options
    .AddDocumentTransformer<BearerSecuritySchemeTransformer>()
    .AddSchemaTransformer<StringSchemaTransformer>());
builder.Services.Configure<JsonOptions>(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    options.SerializerOptions.Converters.Add(new VietnamTimeJsonConverter());
    options.SerializerOptions.Converters.Add(new NfcStringJsonConverter());

    // {"password":"x","password":"y"} would otherwise sign in with the last value: refuse it as malformed.
    options.SerializerOptions.AllowDuplicateProperties = false;
});

// A malformed body throws in every environment, so the exception handler answers it in Vietnamese.
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

var app = builder.Build();

app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

// Outside the exception handler, so the line it writes carries the status the handler answered with.
app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMotCuaPageErrors();
app.UseRequestBodyLimit(builder.Configuration);
app.UseAuthentication();
app.UseSignedInOfficer();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference(options => options.WithTitle("ThaiBinh.MotCua API")).AllowAnonymous();
app.MapHealthEndpoints();
app.MapAuthEndpoints();
app.MapCalendarEndpoints();
app.MapCatalogueEndpoints();
app.MapDossierEndpoints();
app.MapPublicEndpoints();
app.MapFormEndpoints();
app.MapSupervisionEndpoints();
app.MapReportEndpoints();
app.MapHandOverEndpoints();
app.MapNoticeTemplateEndpoints();
app.MapOutboxEndpoints();
app.MapPortalInboundEndpoints();
app.MapFileEndpoints();
app.MapPopulationEndpoints();
app.MapEvaluationEndpoints();
app.MapPaymentEndpoints();
app.MapMotCuaHangfireDashboard();
app.MapMotCuaWeb();

await app.Services.InitializeDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so the API tests can host it.</summary>
public partial class Program;
