using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Errors;

/// <summary>Turns every exception that reaches the top into a problem details answer.</summary>
internal sealed class ExceptionProblemHandler(
    IProblemDetailsService problemDetailsService,
    IHostEnvironment environment,
    ILogger<ExceptionProblemHandler> logger) : IExceptionHandler
{
    /// <summary>How long a client should wait before trying again while the database is away.</summary>
    private static readonly TimeSpan DatabaseRetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => ValidationProblem(validation),
            BadHttpRequestException badRequest => MalformedRequestProblem(badRequest),
            InvalidCredentialsException => Problem(
                StatusCodes.Status401Unauthorized, "Đăng nhập không thành công", exception.Message, "invalid_credentials"),
            NotFoundException => Problem(
                StatusCodes.Status404NotFound, ProblemTitles.TitleFor(StatusCodes.Status404NotFound), exception.Message, "not_found"),
            ForbiddenException => Problem(
                StatusCodes.Status403Forbidden, ProblemTitles.TitleFor(StatusCodes.Status403Forbidden), exception.Message, "forbidden"),
            PreconditionFailedException => Problem(
                StatusCodes.Status412PreconditionFailed, ProblemTitles.TitleFor(StatusCodes.Status412PreconditionFailed), exception.Message, "precondition_failed"),
            IdempotencyConflictException => Problem(
                StatusCodes.Status422UnprocessableEntity, "Khóa Idempotency-Key đã dùng cho yêu cầu khác", exception.Message, "idempotency_key_reused"),
            DomainRuleException { Breach: RuleBreach.NotYours } rule => Problem(
                StatusCodes.Status403Forbidden, ProblemTitles.TitleFor(StatusCodes.Status403Forbidden), exception.Message, rule.Rule),
            DomainRuleException rule => Problem(
                StatusCodes.Status409Conflict, "Không thực hiện được thao tác", exception.Message, rule.Rule),
            ConcurrentChangeException => Problem(
                StatusCodes.Status409Conflict, "Dữ liệu vừa được người khác cập nhật", exception.Message, "concurrency_conflict"),
            NotSignedInException => Problem(
                StatusCodes.Status401Unauthorized, ProblemTitles.TitleFor(StatusCodes.Status401Unauthorized), exception.Message, "unauthorized"),
            Application.NationalPortal.Inbound.PortalNotAuthenticatedException => Problem(
                StatusCodes.Status401Unauthorized, ProblemTitles.TitleFor(StatusCodes.Status401Unauthorized), exception.Message, "portal_unauthorized"),
            TooManyAttemptsException tooMany => Problem(
                StatusCodes.Status429TooManyRequests, ProblemTitles.TitleFor(StatusCodes.Status429TooManyRequests), exception.Message, tooMany.Code),
            _ when DatabaseOutage.Explains(exception) => DatabaseUnavailableProblem(httpContext, exception),
            _ => UnexpectedProblem(httpContext, exception),
        };

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is TooManyAttemptsException { RetryAfter: var wait })
        {
            RetryAfter.Set(httpContext.Response, wait);
        }

        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }

    private static ProblemDetails ValidationProblem(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(f => f.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Dữ liệu không hợp lệ",
            Detail = "Một số trường chưa đúng; xem chi tiết trong \"errors\".",
        };
        problem.Extensions["code"] = "validation_failed";
        return problem;
    }

    private static ProblemDetails MalformedRequestProblem(BadHttpRequestException exception)
    {
        if (exception.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType)
        {
            var detail = exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "Nội dung yêu cầu vượt quá kích thước cho phép."
                : "Nội dung yêu cầu phải là JSON (Content-Type: application/json).";
            return Problem(exception.StatusCode, ProblemTitles.TitleFor(exception.StatusCode), detail, ProblemTitles.CodeFor(exception.StatusCode));
        }

        var problem = Problem(
            StatusCodes.Status400BadRequest,
            "Không đọc được dữ liệu gửi lên",
            "Nội dung yêu cầu không phải JSON hợp lệ, sai kiểu dữ liệu hoặc thiếu dữ liệu bắt buộc.",
            "malformed_request");

        // A value of the wrong type names its field, so the form can point at it.
        if (exception.InnerException is System.Text.Json.JsonException { Path: { Length: > 2 } path } json && json.LineNumber is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [path.TrimStart('$', '.')] = [IsDuplicateProperty(json)
                    ? "Trường này xuất hiện nhiều lần trong JSON; chỉ gửi một lần."
                    : "Giá trị không đúng kiểu dữ liệu hoặc không đọc được."],
            };
        }
        else if (BindingFailure.FieldOf(exception) is { } field)
        {
            problem.Detail = "Một tham số trên địa chỉ (đường dẫn hoặc chuỗi truy vấn) không đọc được; xem chi tiết trong \"errors\".";
            problem.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [field] = ["Giá trị không đúng kiểu dữ liệu (số nguyên, true/false, ngày yyyy-MM-dd hoặc thời điểm ISO 8601)."],
            };
        }

        return problem;
    }

    /// <summary>
    /// System.Text.Json marks a repeated key only in its message (AllowDuplicateProperties = false);
    /// the runtime's messages are not localised on our servers.
    /// </summary>
    private static bool IsDuplicateProperty(System.Text.Json.JsonException json) =>
        json.Message.StartsWith("Duplicate", StringComparison.Ordinal);

    /// <summary>
    /// The database is away (or retries on it ran out): 503 with a hint when to come back, and the
    /// outcome spelled out when a commit's answer was lost, since the dossier may then exist.
    /// </summary>
    private ProblemDetails DatabaseUnavailableProblem(HttpContext httpContext, Exception exception)
    {
        logger.LogWarning("Database unavailable: {ExceptionType}: {Message}", exception.GetType().Name, exception.GetBaseException().Message);
        RetryAfter.Set(httpContext.Response, DatabaseRetryAfter);
        var detail = exception is CommitOutcomeUnknownException
            ? "Mất kết nối cơ sở dữ liệu đúng lúc lưu nên chưa rõ yêu cầu đã được ghi nhận hay chưa. Hãy kiểm tra lại trước khi gửi lại (gửi lại cùng Idempotency-Key thì không bị ghi hai lần)."
            : "Hệ thống tạm thời không kết nối được cơ sở dữ liệu; yêu cầu chưa được thực hiện. Vui lòng thử lại sau ít phút.";
        return Problem(StatusCodes.Status503ServiceUnavailable, ProblemTitles.TitleFor(StatusCodes.Status503ServiceUnavailable), detail, "database_unavailable");
    }

    private ProblemDetails UnexpectedProblem(HttpContext httpContext, Exception exception)
    {
        logger.LogError(exception, "Unhandled exception");
        var problem = Problem(
            StatusCodes.Status500InternalServerError,
            ProblemTitles.TitleFor(StatusCodes.Status500InternalServerError),
            "Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại; nếu lỗi lặp lại, báo quản trị viên kèm mã truy vết (traceId).",
            "internal_error");
        // Only a developer at this machine sees the exception: never outside Development, and in
        // Development never a caller from another machine.
        if (environment.IsDevelopment() && httpContext.Connection.RemoteIpAddress is { } caller && System.Net.IPAddress.IsLoopback(caller))
        {
            problem.Extensions["exception"] = exception.ToString();
        }

        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail, string code)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }
}
