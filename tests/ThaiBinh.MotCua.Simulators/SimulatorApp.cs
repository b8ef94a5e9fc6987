using ThaiBinh.MotCua.Simulators.Portal;

namespace ThaiBinh.MotCua.Simulators;

/// <summary>
/// One host for every simulator, each under its own path prefix (the national portal at /dvcqg, SMS
/// brandname at /sms, Zalo OA at /zalo) plus the SMTP server on its own port. The tests start it in
/// their process on free loopback ports; deploy/run.sh starts it as a program for development.
/// </summary>
public static class SimulatorApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddPortalSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapPortalSimulator();
        app.MapGet("/", () => Results.Text("ThaiBinh.MotCua simulators", "text/plain; charset=utf-8"));
        return app;
    }
}
