namespace ThaiBinh.MotCua.Simulators;

/// <summary>Entry point for deploy/run.sh (a class of its own namespace, not a second global Program beside the API's).</summary>
internal static class SimulatorProgram
{
    private static void Main(string[] args) => SimulatorApp.Create(args).Run();
}
