namespace ThaiBinh.MotCua.Simulators.Smtp;

/// <summary>
/// The SMTP simulator: the server as a hosted service, and its control at /smtp/_sim (messages,
/// reset, stop and start listening).
/// </summary>
public static class SmtpSimulator
{
    public static IServiceCollection AddSmtpSimulator(this IServiceCollection services)
    {
        services.AddSingleton<SmtpInbox>();
        services.AddSingleton<Home.ISimulatorSection>(sp => sp.GetRequiredService<SmtpInbox>());
        services.AddSingleton<SmtpListener>();
        services.AddHostedService(sp => sp.GetRequiredService<SmtpListener>());
        return services;
    }

    public static void MapSmtpSimulator(this WebApplication app)
    {
        var inbox = app.Services.GetRequiredService<SmtpInbox>();
        var listener = app.Services.GetRequiredService<SmtpListener>();
        var control = app.MapGroup("/smtp/_sim");
        control.MapGet("/messages", () => Results.Json(new { received = inbox.Received, listening = listener.IsListening, messages = inbox.Messages }));
        control.MapPost("/stop", async () =>
        {
            await listener.StopListeningAsync();
            return Results.NoContent();
        });
        control.MapPost("/start", async () =>
        {
            await listener.StartListeningAsync();
            return Results.NoContent();
        });
        control.MapPost("/reset", () =>
        {
            inbox.Reset();
            return Results.NoContent();
        });
    }
}
