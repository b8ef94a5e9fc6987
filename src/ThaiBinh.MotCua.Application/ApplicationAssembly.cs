namespace ThaiBinh.MotCua.Application;

/// <summary>Marks this assembly for scanning (validators, Mediator handlers).</summary>
public sealed class ApplicationAssembly;
