namespace ThaiBinh.MotCua.Application.Common.Exceptions;

/// <summary>The caller may see the thing but not do this to it: 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
