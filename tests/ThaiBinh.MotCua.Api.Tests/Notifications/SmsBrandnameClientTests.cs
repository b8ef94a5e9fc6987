using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Simulators.Faults;
using ThaiBinh.MotCua.Simulators.Sms;

namespace ThaiBinh.MotCua.Api.Tests.Notifications;

/// <summary>The host's SMS brandname adapter over real HTTP to the hub simulator.</summary>
public sealed class SmsBrandnameClientTests(ApiFixture api) : ApiTest
{
    private const string Text = "Ho so H34.001-250602-0001 da duoc tiep nhan. Ngay hen tra: 09/06/2025 08:00";

    private ISmsSender Sender => api.Factory.Services.GetRequiredService<ISmsSender>();

    private SmsInbox Inbox => api.Simulators.Services.GetRequiredService<SmsInbox>();

    private SmsFaults Faults => api.Simulators.Services.GetRequiredService<SmsFaults>();

    [Theory]
    [InlineData("0961 234 567", "84961234567", "viettel")]
    [InlineData("0352.111.222", "84352111222", "viettel")]
    [InlineData("+84912345678", "84912345678", "vinaphone")]
    [InlineData("0901234567", "84901234567", "mobifone")]
    [InlineData("84921234567", "84921234567", "vietnamobile")]
    [InlineData("0521234567", "84521234567", "vietnamobile")]
    public async Task The_number_goes_as_84_and_the_operator_is_chosen_by_its_prefix(string phone, string sent, string network)
    {
        var key = Guid.NewGuid();

        await Sender.SendAsync(new SmsMessage(phone, Text, key), CancellationToken.None);

        var message = Assert.Single(Inbox.Messages, m => m.RequestId == key.ToString("D"));
        Assert.Equal(sent, message.Number);
        Assert.Equal(network, message.Network);
        Assert.Equal(Text, message.Content);
        Assert.Equal(SmsSimulator.DefaultBrandname, message.Brandname);
    }

    [Fact]
    public async Task A_repeat_of_the_request_id_is_answered_and_recorded_once()
    {
        var key = Guid.NewGuid();
        var received = Inbox.Received;

        await Sender.SendAsync(new SmsMessage("0971234567", Text, key), CancellationToken.None);
        await Sender.SendAsync(new SmsMessage("0971234567", Text, key), CancellationToken.None);

        Assert.Equal(received + 2, Inbox.Received);
        Assert.Single(Inbox.Messages, m => m.RequestId == key.ToString("D"));
    }

    [Fact]
    public async Task Content_the_hub_refuses_is_a_permanent_failure()
    {
        var tooLong = string.Concat(Enumerable.Repeat("Ho so da co ket qua. ", 20));

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
            Sender.SendAsync(new SmsMessage("0981234567", tooLong, Guid.NewGuid()), CancellationToken.None));

        Assert.True(failure.Permanent);
        Assert.Contains("400", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_with_diacritics_is_refused_as_a_bug_without_calling_the_hub()
    {
        var received = Inbox.Received;

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
            Sender.SendAsync(new SmsMessage("0981234567", "Hồ sơ đã có kết quả", Guid.NewGuid()), CancellationToken.None));

        Assert.True(failure.Permanent);
        Assert.Equal(received, Inbox.Received);
    }

    [Theory]
    [InlineData("0123456789")]
    [InlineData("0241234567")]
    [InlineData("12345")]
    public async Task A_number_no_operator_holds_is_a_permanent_failure(string phone)
    {
        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
            Sender.SendAsync(new SmsMessage(phone, Text, Guid.NewGuid()), CancellationToken.None));

        Assert.True(failure.Permanent);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task A_hub_that_is_unavailable_or_throttling_is_a_transient_failure(int status)
    {
        var key = Guid.NewGuid();
        // More than the client's own retries, so the failure reaches the caller.
        Faults.Arm(new FaultPlan(5, status, 0));
        try
        {
            var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
                Sender.SendAsync(new SmsMessage("0961234567", Text, key), CancellationToken.None));
            Assert.False(failure.Permanent);
        }
        finally
        {
            Faults.Clear();
        }

        await Sender.SendAsync(new SmsMessage("0961234567", Text, key), CancellationToken.None);
        Assert.Single(Inbox.Messages, m => m.RequestId == key.ToString("D"));
    }

    [Fact]
    public async Task A_hub_that_does_not_answer_in_time_is_a_transient_failure()
    {
        // Longer than the test settings' attempt timeout (2 s), for every attempt of the call.
        Faults.Arm(new FaultPlan(5, null, 30_000));
        try
        {
            var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
                Sender.SendAsync(new SmsMessage("0961234567", Text, Guid.NewGuid()), CancellationToken.None));
            Assert.False(failure.Permanent);
        }
        finally
        {
            Faults.Clear();
        }
    }
}
