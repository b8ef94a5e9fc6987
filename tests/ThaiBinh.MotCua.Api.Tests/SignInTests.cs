using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class SignInTests(ApiFixture api) : ApiTest
{
    public static TheoryData<string> DemoUsernames()
    {
        var data = new TheoryData<string>();
        foreach (var user in DemoUsers.Load())
        {
            data.Add(user.Username);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DemoUsernames))]
    public async Task Every_demo_user_signs_in_and_the_token_carries_their_office(string username)
    {
        var expected = DemoUsers.Load().Single(u => u.Username == username);
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = expected.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", body.RootElement.GetProperty("tokenType").GetString());
        var token = body.RootElement.GetProperty("accessToken").GetString()!;

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(username, me.GetProperty("username").GetString());
        Assert.Equal(expected.OfficeCode, me.GetProperty("office").GetProperty("code").GetString());
        Assert.Equal(expected.UnitCode, me.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal(expected.Roles, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
    }

    [Fact]
    public async Task Sign_in_is_recorded_in_utc_and_times_are_shown_in_vietnam_offset()
    {
        var now = api.Factory.Clock.GetUtcNow();
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "huyen.giamsat", password = ApiFixture.DemoPassword });

        var expiresAt = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("expiresAt").GetString()!;
        Assert.EndsWith("+07:00", expiresAt);
        Assert.Equal(now.AddHours(8), DateTimeOffset.Parse(expiresAt, CultureInfo.InvariantCulture));

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT last_signed_in_at, pg_typeof(last_signed_in_at)::text FROM officers WHERE username = 'huyen.giamsat'", connection);
        await using var row = await query.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.Equal(now, row.GetFieldValue<DateTimeOffset>(0), TimeSpan.FromMicroseconds(1)); // PostgreSQL keeps microseconds
        Assert.Equal("timestamp with time zone", row.GetString(1));
    }

    [Fact]
    public async Task Username_is_not_case_sensitive()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "  Admin ", password = ApiFixture.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401_problem()
    {
        using var client = api.CreateClient();

        var wrongPassword = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "sai-mat-khau" });
        var unknownUser = await client.PostAsJsonAsync("/api/auth/token", new { username = "khong.ton.tai", password = "sai-mat-khau" });

        foreach (var response in new[] { wrongPassword, unknownUser })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var first = await Problem.ReadAsync(wrongPassword);
        var second = await Problem.ReadAsync(unknownUser);
        Assert.Equal("invalid_credentials", first.Code);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", first.Detail);
        Assert.Equal(first with { TraceId = "" }, second with { TraceId = "" });
    }

    [Fact]
    public async Task Missing_fields_get_400_naming_each_field_in_vietnamese()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/token", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal(["Vui lòng nhập tên đăng nhập."], problem.Errors!["username"]);
        Assert.Equal(["Vui lòng nhập mật khẩu."], problem.Errors!["password"]);
    }

    [Fact]
    public async Task Malformed_json_gets_a_400_problem()
    {
        using var client = api.CreateClient();
        using var content = new StringContent("{\"username\": \"admin\", \"password\": ", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/auth/token", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("malformed_request", problem.Code);
        Assert.Equal("Không đọc được dữ liệu gửi lên", problem.Title);
    }

    [Fact]
    public async Task Protected_endpoint_without_token_gets_a_401_problem()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal("Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn", problem.Title);
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_refused()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "ThaiBinh.MotCua",
            Audience = "ThaiBinh.MotCua",
            Claims = new Dictionary<string, object> { ["sub"] = Guid.NewGuid().ToString(), ["role"] = "Admin" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-different-key-that-is-long-enough-000000")),
                SecurityAlgorithms.HmacSha256),
        });
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
