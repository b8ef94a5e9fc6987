using System.Net;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class ErrorHandlingTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task Unknown_route_gets_a_404_problem_in_vietnamese()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/khong-co");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("Không tìm thấy", problem.Title);
        Assert.Equal("not_found", problem.Code);
        Assert.False(string.IsNullOrEmpty(problem.TraceId));
    }

    [Fact]
    public async Task Unexpected_failure_gets_a_500_problem_without_the_stack_trace()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync(MotCuaApiFactory.FailingPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("Lỗi hệ thống", problem.Title);
        Assert.Equal("internal_error", problem.Code);
        Assert.Null(problem.Exception);
        Assert.DoesNotContain(MotCuaApiFactory.FailureSecret, body);
        Assert.DoesNotContain(nameof(InvalidOperationException), body);
    }
}
