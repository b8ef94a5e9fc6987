namespace ThaiBinh.MotCua.Application.Common.Exceptions;

/// <summary>What was asked for does not exist (or is not visible to the caller): 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);
