using Microsoft.AspNetCore.Http.Metadata;

namespace ThaiBinh.MotCua.Web.Files;

/// <summary>An upload endpoint's body limit, read by the request body limit middleware instead of the API-wide one.</summary>
public sealed class UploadSizeLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = bytes;
}
