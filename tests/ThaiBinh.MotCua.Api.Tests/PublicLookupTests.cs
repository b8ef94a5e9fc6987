using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class PublicLookupTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task Without_verification_a_citizen_sees_status_dates_and_office_but_not_the_procedure()
    {
        var received = await _desk.ReceiveAsync("xa.tiepnhan", "1.001193");
        using var citizen = api.CreateClient();

        var found = await citizen.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{received.Code()}");

        Assert.Equal("Được tiếp nhận", found.GetProperty("status").GetString());
        Assert.Equal(received.DueAt(), found.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("Bộ phận Tiếp nhận và Trả kết quả phường Lê Hồng Phong", found.GetProperty("currentOffice").GetString());
        Assert.Equal(JsonValueKind.Null, found.GetProperty("procedure").ValueKind);
        Assert.Equal(JsonValueKind.Null, found.GetProperty("applicantName").ValueKind);
        Assert.DoesNotContain("khai sinh", found.GetRawText());
        Assert.DoesNotContain("1.001193", found.GetRawText());
        Assert.DoesNotContain(WorkflowClient.CitizenId, found.GetRawText());
        Assert.DoesNotContain(WorkflowClient.Phone, found.GetRawText());
    }

    [Fact]
    public async Task The_last_four_digits_of_the_phone_or_id_show_the_procedure_and_the_applicant_name()
    {
        var code = (await _desk.ReceiveAsync("xa.tiepnhan", "1.001193")).Code();
        using var citizen = api.CreateClient();

        var byPhone = await citizen.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{code}?verify={WorkflowClient.Phone[^4..]}");
        var byId = await citizen.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{code}?verify={WorkflowClient.CitizenId[^4..]}");
        var wrong = await citizen.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{code}?verify=0000");

        Assert.Equal("Nguyễn Văn Ấn", byPhone.GetProperty("applicantName").GetString());
        Assert.Equal("Thủ tục đăng ký khai sinh", byPhone.GetProperty("procedure").GetString());
        Assert.Equal("Nguyễn Văn Ấn", byId.GetProperty("applicantName").GetString());
        Assert.Equal(JsonValueKind.Null, wrong.GetProperty("applicantName").ValueKind);
        Assert.Equal(JsonValueKind.Null, wrong.GetProperty("procedure").ValueKind);
    }

    [Fact]
    public async Task An_unknown_code_gets_a_404_in_plain_vietnamese()
    {
        var response = await api.CreateClient().GetAsync("/api/public/dossiers/000.00.01.H54-200101-9999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy hồ sơ", (await Problem.ReadAsync(response)).Detail);
    }
}
