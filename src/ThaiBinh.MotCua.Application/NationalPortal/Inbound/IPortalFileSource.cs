namespace ThaiBinh.MotCua.Application.NationalPortal.Inbound;

/// <summary>Where the files of a dossier submitted online are fetched from: the portal's download address of each.</summary>
public interface IPortalFileSource
{
    /// <summary>
    /// The file's content as a stream read from the network as it is consumed (never held whole);
    /// the caller disposes it. A file that cannot be fetched throws <see cref="PortalFileUnavailableException"/>.
    /// </summary>
    Task<Stream> OpenAsync(Uri address, CancellationToken cancellationToken);
}

/// <summary>The portal's file could not be fetched (not found, refused, timed out).</summary>
public sealed class PortalFileUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
