using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>Receiving at the desk: answers, idempotency, concurrency and every kind of bad input.</summary>
public sealed class DossierReceiptTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task A_receipt_answers_201_with_its_location_code_and_appointment()
    {
        var client = await _desk.As("tinh.tiepnhan");

        var response = await client.PostAsJsonAsync("/api/dossiers", await _desk.ReceiptBodyAsync("2.000488"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/dossiers/{body.Code()}", response.Headers.Location?.OriginalString);
        Assert.Equal("2.000488", body.GetProperty("procedure").GetProperty("code").GetString());
        Assert.Equal("000.00.01.H54", body.GetProperty("receivingOffice").GetProperty("code").GetString());
        Assert.EndsWith("+07:00", body.GetProperty("receivedAt").GetString());
    }

    [Fact]
    public async Task Twenty_receipts_at_once_get_twenty_consecutive_codes()
    {
        var body = await _desk.ReceiptBodyAsync("1.001612");
        var clients = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.CreateClientSignedInAsAsync("huyen.tiepnhan")));

        var responses = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync("/api/dossiers", body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var codes = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).Code()));
        var numbers = codes.Select(c => int.Parse(c[(c.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(20, codes.Distinct().Count());
        Assert.Equal(Enumerable.Range(numbers[0], 20), numbers);
    }

    [Fact]
    public async Task Two_conflicting_moves_at_once_one_wins_and_one_gets_409()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();

        var responses = await Task.WhenAll(
            _desk.ActAsync("tinh.tiepnhan", code, "transfer"),
            _desk.ActAsync("tinh.tiepnhan", code, "transfer"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var dossier = await _desk.GetAsync("tinh.tiepnhan", code);
        Assert.Equal(2, dossier.Version());
        Assert.Equal(2, dossier.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_creates_one_dossier()
    {
        var client = await _desk.As("tinh.tiepnhan");
        var body = await _desk.ReceiptBodyAsync("2.000488");
        var key = Guid.NewGuid().ToString();
        var before = await api.CountDossiersAsync();

        var first = await PostWithKeyAsync(client, body, key);
        var second = await PostWithKeyAsync(client, body, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).Code(), (await second.Content.ReadFromJsonAsync<JsonElement>()).Code());
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before + 1, await api.CountDossiersAsync());
    }

    [Fact]
    public async Task The_same_key_with_another_body_gets_422()
    {
        var client = await _desk.As("tinh.tiepnhan");
        var body = await _desk.ReceiptBodyAsync("2.000488");
        var key = Guid.NewGuid().ToString();
        await PostWithKeyAsync(client, body, key);
        body["note"] = "Một hồ sơ khác";
        var before = await api.CountDossiersAsync();

        var response = await PostWithKeyAsync(client, body, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("idempotency_key_reused", (await Problem.ReadAsync(response)).Code);
        Assert.Equal(before, await api.CountDossiersAsync());
    }

    [Fact]
    public async Task Missing_documents_are_named_and_nothing_is_received()
    {
        var body = await _desk.ReceiptBodyAsync("2.000488");
        body["documents"] = new[] { new { name = "Bản chụp Căn cước", copies = 1, original = false } };

        var problem = await RefusedAsync(body);

        Assert.Contains("Tờ khai", problem.Errors!["documents"][0]);
    }

    [Fact]
    public async Task An_unknown_procedure_is_a_field_error()
    {
        var body = await _desk.ReceiptBodyAsync("2.000488");
        body["procedureCode"] = "9.999999";

        var problem = await RefusedAsync(body);

        Assert.Contains("9.999999", problem.Errors!["procedureCode"][0]);
    }

    [Theory]
    [InlineData("03409000123", "applicant.citizenId")]
    [InlineData("003090001234", "applicant.citizenId")]
    [InlineData("034290001234", "applicant.citizenId")] // born in the 2090s by the ID, 1990 by the form
    public async Task An_invalid_citizen_id_is_a_field_error_in_vietnamese(string citizenId, string field)
    {
        var body = await _desk.ReceiptBodyAsync("2.000488");
        body["applicant"] = new { fullName = "Nguyễn Văn Ấn", citizenId, birthDate = "1990-05-01" };

        var problem = await RefusedAsync(body);

        Assert.Contains("định danh", problem.Errors![field][0]);
    }

    [Fact]
    public async Task An_organisation_with_a_bad_tax_code_is_a_field_error()
    {
        var body = await _desk.ReceiptBodyAsync("2.001610");
        body["applicant"] = new { fullName = "Công ty TNHH Lúa Vàng", taxCode = "0100109107", representative = "Phạm Văn Bình" };

        var problem = await RefusedAsync(body);

        Assert.Contains("mã số thuế", problem.Errors!["applicant.taxCode"][0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_organisation_with_a_valid_tax_code_is_received()
    {
        var body = await _desk.ReceiptBodyAsync("2.001610");
        body["applicant"] = new { fullName = "Công ty TNHH Lúa Vàng", taxCode = "0100109106", representative = "Phạm Văn Bình", phone = "0227 3831 234" };

        var response = await (await _desk.As("tinh.tiepnhan")).PostAsJsonAsync("/api/dossiers", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Overlong_text_and_missing_parts_are_field_errors()
    {
        var body = await _desk.ReceiptBodyAsync("2.000488");
        body["note"] = new string('x', 2001);
        body["channel"] = "fax";
        body["applicant"] = new { fullName = new string('A', 201), citizenId = WorkflowClient.CitizenId, email = "khong-phai-email" };
        body["documents"] = Array.Empty<object>();

        var problem = await RefusedAsync(body);

        Assert.Equal(
            ["applicant.email", "applicant.fullName", "channel", "documents", "note"],
            problem.Errors!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_its_field()
    {
        using var content = new StringContent(
            "{\"procedureCode\": \"2.000488\", \"documents\": [{\"name\": \"Tờ khai\", \"copies\": \"hai\"}]}", Encoding.UTF8, "application/json");

        var response = await (await _desk.As("tinh.tiepnhan")).PostAsync("/api/dossiers", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("Giá trị không đúng kiểu dữ liệu hoặc không đọc được.", Assert.Single(problem.Errors!["documents[0].copies"]));
    }

    [Theory]
    [InlineData("{\"procedureCode\": \"2.000488\", \"documents\": [{\"name\": \"Tờ khai\", \"copies\": \"hai\"}]}")]
    [InlineData("{\"procedureCode\": 2.000488,")]
    [InlineData("[]")]
    public async Task Malformed_json_or_wrong_types_get_400_and_receive_nothing(string json)
    {
        var before = await api.CountDossiersAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await (await _desk.As("tinh.tiepnhan")).PostAsync("/api/dossiers", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed_request", (await Problem.ReadAsync(response)).Code);
        Assert.Equal(before, await api.CountDossiersAsync());
    }

    private async Task<Problem> RefusedAsync(Dictionary<string, object?> body)
    {
        var before = await api.CountDossiersAsync();

        var response = await (await _desk.As("tinh.tiepnhan")).PostAsJsonAsync("/api/dossiers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await api.CountDossiersAsync());
        return await Problem.ReadAsync(response);
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dossiers") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
