using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class HangfireTests(ApiFixture api) : ApiTest
{
    [Fact]
    public async Task Dashboard_needs_a_signed_in_admin()
    {
        using var anonymous = api.CreateClient();
        using var reception = await api.CreateClientSignedInAsAsync("tinh.tiepnhan");
        using var admin = await api.CreateClientSignedInAsAsync("admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reception.GetAsync("/hangfire")).StatusCode);
        var page = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("ThaiBinh.MotCua", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Browser_opens_the_dashboard_with_a_token_in_the_address_then_a_cookie()
    {
        using var admin = await api.CreateClientSignedInAsAsync("admin");
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter;
        using var browser = api.CreateClient(); // keeps cookies, sends no header

        var first = await browser.GetAsync($"/hangfire?access_token={token}");
        var followUp = await browser.GetAsync("/hangfire/jobs/enqueued");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
    }

    [Fact]
    public async Task A_forged_token_in_the_address_is_not_kept()
    {
        using var browser = api.CreateClient();

        var first = await browser.GetAsync("/hangfire?access_token=not-a-token");
        var followUp = await browser.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, followUp.StatusCode);
    }

    [Fact]
    public async Task The_job_server_runs_jobs_from_PostgreSQL_storage()
    {
        var jobs = api.Factory.Services.GetRequiredService<IBackgroundJobClient>();
        var marker = Guid.NewGuid();

        jobs.Enqueue<RecordingJob>(job => job.Run(marker));

        var ran = await RecordingJob.WaitForAsync(marker, TimeSpan.FromSeconds(30));
        Assert.True(ran, "the enqueued job did not run within 30 s");
    }
}

/// <summary>A job that only notes that it ran, so a test can wait for it.</summary>
public sealed class RecordingJob
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, TaskCompletionSource> Runs = new();

    public void Run(Guid marker) => Completion(marker).TrySetResult();

    public static async Task<bool> WaitForAsync(Guid marker, TimeSpan timeout)
    {
        var finished = await Task.WhenAny(Completion(marker).Task, Task.Delay(timeout));
        return finished == Completion(marker).Task;
    }

    private static TaskCompletionSource Completion(Guid marker) =>
        Runs.GetOrAdd(marker, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
