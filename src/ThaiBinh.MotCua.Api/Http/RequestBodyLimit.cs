using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace ThaiBinh.MotCua.Api.Http;

/// <summary>
/// Refuses a request body larger than <c>Api:MaxRequestBodyBytes</c> with 413 problem details. A body
/// announced too large by Content-Length is refused before a byte is read; a body without it (chunked)
/// is refused when its reading crosses the limit. Kestrel enforces the limit through its own feature;
/// hosts without one (the test server) get a counting stream, so the answer is the same on both.
/// </summary>
internal static class RequestBodyLimit
{
    public const string SettingKey = "Api:MaxRequestBodyBytes";

    /// <summary>1 MiB: the largest body today is a receipt with a hundred documents, well under 100 KB.</summary>
    public const long DefaultBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, IConfiguration configuration)
    {
        var defaultLimit = configuration.GetValue(SettingKey, DefaultBytes);
        return app.Use(async (http, next) =>
        {
            // An endpoint that takes large bodies (file uploads) says so in its metadata.
            var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultLimit;
            if (http.Request.ContentLength > limit)
            {
                throw TooLarge();
            }

            var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = limit;
            }
            else if (feature is null)
            {
                http.Request.Body = new LimitedReadStream(http.Request.Body, limit, () => http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge);
                http.Features.Set<IRequestBodyPipeFeature>(new RequestBodyPipeFeature(http));
            }

            await next(http);

            // The endpoint's body reader swallows the failed read and leaves a bare 413: answer it
            // like every other refusal, in Vietnamese with a code.
            if (http.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
            {
                throw TooLarge();
            }
        });
    }

    private static BadHttpRequestException TooLarge() =>
        new("Request body too large.", StatusCodes.Status413PayloadTooLarge);
}
