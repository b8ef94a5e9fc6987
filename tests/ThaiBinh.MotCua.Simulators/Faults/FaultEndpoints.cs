namespace ThaiBinh.MotCua.Simulators.Faults;

public static class FaultEndpoints
{
    /// <summary>Applies the armed faults to every protocol endpoint of <paramref name="group"/>.</summary>
    public static RouteGroupBuilder WithFaults(this RouteGroupBuilder group, FaultSwitch faults)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            if (!faults.TryTake(out var plan))
            {
                return await next(context);
            }

            try
            {
                await Task.Delay(plan.DelayMilliseconds, context.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty; // the caller gave up waiting, as it should
            }

            return plan.Status is { } status
                ? Results.Json(new { error = status, message = "Lỗi giả lập" }, statusCode: status)
                : await next(context);
        });
        return group;
    }

    /// <summary><c>POST {prefix}/_sim/faults</c> with a <see cref="FaultPlan"/>.</summary>
    public static void MapFaults(this IEndpointRouteBuilder control, FaultSwitch faults) =>
        control.MapPost("/faults", (FaultPlan plan) =>
        {
            faults.Arm(plan);
            return Results.NoContent();
        });
}
