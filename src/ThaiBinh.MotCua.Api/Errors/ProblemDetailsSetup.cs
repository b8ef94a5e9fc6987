using System.Diagnostics;

namespace ThaiBinh.MotCua.Api.Errors;

internal static class ProblemDetailsSetup
{
    /// <summary>
    /// Every error leaves as application/problem+json (RFC 9457) with a Vietnamese title, a stable
    /// `code` and the trace id an officer can quote to support.
    /// </summary>
    public static IServiceCollection AddMotCuaProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (ProblemTitles.IsFrameworkDefault(problem.Title, status))
            {
                problem.Title = ProblemTitles.TitleFor(status);
            }

            problem.Extensions.TryAdd("code", ProblemTitles.CodeFor(status));
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ExceptionProblemHandler>();
        return services;
    }
}
