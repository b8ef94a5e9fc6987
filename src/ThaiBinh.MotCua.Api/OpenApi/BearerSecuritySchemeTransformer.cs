using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ThaiBinh.MotCua.Api.OpenApi;

/// <summary>
/// Declares the bearer token in the OpenAPI document, so the browsable UI offers a field for the
/// token from POST /api/auth/token and sends it with every call.
/// </summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    private const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ThaiBinh.MotCua: Hệ thống thông tin một cửa điện tử";
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
