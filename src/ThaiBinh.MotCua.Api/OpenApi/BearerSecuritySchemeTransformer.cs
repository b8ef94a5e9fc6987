using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using ThaiBinh.MotCua.Application.Common.Ports;

namespace ThaiBinh.MotCua.Api.OpenApi;

/// <summary>
/// Declares the bearer token in the OpenAPI document, so the browsable UI offers a field for the
/// token from POST /api/auth/token and sends it with every call. The title carries the system's
/// name of today's legal period (it changed on 01/07/2025).
/// </summary>
internal sealed class BearerSecuritySchemeTransformer(IRegimes regimes, TimeProvider clock) : IOpenApiDocumentTransformer
{
    private const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ThaiBinh.MotCua: " + regimes.Today(clock).SystemName;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token lấy từ POST /api/auth/token.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}
