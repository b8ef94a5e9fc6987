using System.Net;
using System.Net.Http.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// The forms a dossier's detail lists (<see cref="PrintableForms"/>, the page's links) are exactly those the form
/// endpoint prints; the others answer 404. Tried over the states that make each form appear.
/// </summary>
public sealed class PrintableFormsTests(ApiFixture api) : ApiTest
{
    private readonly WorkflowClient _desk = new(api);

    [Fact]
    public async Task The_forms_offered_for_a_dossier_are_the_ones_that_print()
    {
        var received = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        var paused = await TransferredAsync();
        await _desk.DoAsync("tinh.chuyenvien", paused, "request-supplement", new { items = "Ảnh 4x6", reason = "Bản sao chưa được chứng thực" });
        var extended = await TransferredAsync();
        var due = (await _desk.GetAsync("tinh.lanhdao", extended)).DueAt();
        await _desk.DoAsync("tinh.lanhdao", extended, "extend", new { newDueAt = await _desk.DeadlineAsync(due, "workingDays=3"), reason = "Chờ xác minh" });
        var refused = await TransferredAsync();
        await _desk.DoAsync("tinh.lanhdao", refused, "refuse", new { reason = "Không thuộc diện được cấp Phiếu" });

        foreach (var code in new[] { received, paused, extended, refused })
        {
            var client = await _desk.As("tinh.tiepnhan");
            var detail = (await client.GetFromJsonAsync<DossierDetailDto>($"/api/dossiers/{code}"))!;
            var offered = detail.Forms.Select(f => f.Name).ToHashSet();
            foreach (var form in GetDossierFormQueryHandler.Forms)
            {
                var response = await client.GetAsync($"/api/dossiers/{code}/forms/{form}.pdf");
                Assert.True(
                    response.StatusCode == (offered.Contains(form) ? HttpStatusCode.OK : HttpStatusCode.NotFound),
                    $"{code} {form}: {(int)response.StatusCode}, offered: {string.Join(", ", offered)}");
            }
        }
    }

    private async Task<string> TransferredAsync()
    {
        var code = (await _desk.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        await _desk.DoAsync("tinh.tiepnhan", code, "transfer");
        return code;
    }
}
