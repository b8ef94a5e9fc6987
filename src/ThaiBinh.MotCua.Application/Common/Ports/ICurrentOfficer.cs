namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>The signed-in officer of the current request.</summary>
public interface ICurrentOfficer
{
    /// <summary>The officer's id, or null when the request is anonymous.</summary>
    Guid? OfficerId { get; }

    /// <summary>The officer's username, or null when the request is anonymous.</summary>
    string? Username { get; }

    /// <summary>The address the request came from, for the audit log.</summary>
    string? IpAddress { get; }
}
