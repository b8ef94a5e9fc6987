namespace ThaiBinh.MotCua.Simulators.Home;

/// <summary>One simulator's part of the home page: what it received lately, newest first.</summary>
public interface ISimulatorSection
{
    string Title { get; }

    /// <summary>Where the product reaches it and where its records are read.</summary>
    string Description { get; }

    IReadOnlyList<SimulatorEntry> Latest(int count);
}

public sealed record SimulatorEntry(DateTimeOffset At, string Summary);
