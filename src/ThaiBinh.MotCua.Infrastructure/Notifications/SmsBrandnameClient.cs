using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Notifications;
using ThaiBinh.MotCua.Application.Common.Outbox;

namespace ThaiBinh.MotCua.Infrastructure.Notifications;

/// <summary>
/// SMS brandname through the province's SMS hub (integrations.md §4.2): one JSON POST per message with
/// the bearer token, the registered template and brandname, the software code "DVC", the operator
/// chosen by the number's prefix and the number in 84… form. The delivery's id is the request id, so
/// the hub answers a repeat without sending it twice.
/// </summary>
internal sealed class SmsBrandnameClient(HttpClient http, IOptions<SmsOptions> options) : ISmsSender
{
    private const string System = "Tổng đài SMS brandname";

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        if (!Ascii.IsValid(message.Text))
        {
            // The composer strips diacritics; Unicode here would be sent as UCS-2 at three times the price.
            throw new DeliveryFailedException("Nội dung SMS còn ký tự có dấu hoặc ngoài bảng ASCII (lỗi của bộ soạn tin)", permanent: true);
        }

        var number = VietnamesePhoneNumber.ToInternational(message.Phone)
            ?? throw new DeliveryFailedException($"Số điện thoại không hợp lệ: {message.Phone}", permanent: true);
        var network = VietnamesePhoneNumber.OperatorOf(number)
            ?? throw new DeliveryFailedException($"Đầu số không thuộc nhà mạng nào: {message.Phone}", permanent: true);
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "send")
        {
            Content = JsonContent.Create(new SmsHubRequest(
                message.IdempotencyKey.ToString("D"), settings.Brandname, settings.TemplateId, "DVC", network, number, message.Text)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
        using var response = await HttpDeliveryFailures.SendAsync(http, request, System, cancellationToken);
        await HttpDeliveryFailures.EnsureAcceptedAsync(response, System, cancellationToken);
    }

    private sealed record SmsHubRequest(
        [property: JsonPropertyName("requestId")] string RequestId,
        [property: JsonPropertyName("brandname")] string Brandname,
        [property: JsonPropertyName("TemplateId")] string TemplateId,
        [property: JsonPropertyName("maPhanMem")] string SoftwareCode,
        [property: JsonPropertyName("nhaMang")] string Network,
        [property: JsonPropertyName("soDienThoai")] string Number,
        [property: JsonPropertyName("noiDung")] string Content);
}
