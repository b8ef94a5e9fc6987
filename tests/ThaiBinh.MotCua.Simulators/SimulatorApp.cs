using ThaiBinh.MotCua.Simulators.Portal;
using ThaiBinh.MotCua.Simulators.Home;
using ThaiBinh.MotCua.Simulators.Population;
using ThaiBinh.MotCua.Simulators.Payments;
using ThaiBinh.MotCua.Simulators.Sms;
using ThaiBinh.MotCua.Simulators.Smtp;
using ThaiBinh.MotCua.Simulators.Zalo;

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
        builder.Services.AddSmsSimulator();
        builder.Services.AddZaloSimulator();
        builder.Services.AddSmtpSimulator();
        builder.Services.AddPortalSubmissions(builder.Configuration);
        builder.Services.AddPopulationSimulator();
        builder.Services.AddPayGovSimulator();
        var app = builder.Build();
        app.MapSimulatorHome();
        app.MapSmsSimulator();
        app.MapZaloSimulator();
        app.MapSmtpSimulator();
        app.MapPortalSimulator();
        app.MapPortalSubmissions();
        app.MapPopulationSimulator();
        app.MapPayGovSimulator();
        return app;
    }
}
