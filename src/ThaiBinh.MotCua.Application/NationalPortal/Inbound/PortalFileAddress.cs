namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>A file address the portal names, accepted only under one of the configured file sources.</summary>
public static class PortalFileAddress
{
    public static Uri? Allowed(string address, IEnumerable<string> sources) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.UserInfo)
        && sources.Any(source => Uri.TryCreate(source, UriKind.Absolute, out var root)
            && Uri.Compare(root, uri, UriComponents.SchemeAndServer, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0
            && uri.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal))
            ? uri
            : null;
}
