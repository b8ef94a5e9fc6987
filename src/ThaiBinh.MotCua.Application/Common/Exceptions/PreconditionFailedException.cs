namespace ThaiBinh.MotCua.Application.Common.Exceptions;

/// <summary>The caller's copy (If-Match) is older than the stored one: 412.</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
