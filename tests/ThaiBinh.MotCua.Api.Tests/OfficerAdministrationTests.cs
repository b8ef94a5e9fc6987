using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Auth;
using ThaiBinh.MotCua.Application.Common.Exceptions;
using ThaiBinh.MotCua.Application.Officers;
using ThaiBinh.MotCua.Application.Officers.Activation;
using ThaiBinh.MotCua.Application.Officers.Create;
using ThaiBinh.MotCua.Application.Officers.List;
using ThaiBinh.MotCua.Application.Officers.ResetPassword;
using ThaiBinh.MotCua.Application.Officers.SetEmail;
using ThaiBinh.MotCua.Application.Officers.SetRoles;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// An admin's work on accounts, through the use cases as the pages send them: each change is audited,
/// takes effect at the officer's next request, and an admin cannot lock themself out.
/// </summary>
public sealed class OfficerAdministrationTests(ApiFixture api) : ApiTest
{
    private const string CommuneDesk = "000.01.31.H54";
    private const string NewPassword = "Mat-khau-moi-2026";

    [Fact]
    public async Task An_admin_opens_an_account_that_signs_in_with_its_first_password_and_the_opening_is_audited()
    {
        var username = NewUsername();

        var created = await AsAsync("admin", new CreateOfficerCommand(CommuneDesk, username, " Trần Thị Mới ", ["Reception", "Specialist"], NewPassword, " moi@motcua.test "));

        Assert.Equal((username, "Trần Thị Mới", CommuneDesk, true, "moi@motcua.test"), (created.Username, created.FullName, created.OfficeCode, created.IsActive, created.Email));
        Assert.Equal(["Reception", "Specialist"], created.Roles);
        using var officer = await SignedInAsync(username, NewPassword);
        var me = await officer.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(CommuneDesk, me.GetProperty("office").GetProperty("code").GetString());
        var listed = await AsAsync("xa.lanhdao", new ListOfficersQuery());
        Assert.Contains(listed, o => o.Username == username);

        var audit = await AuditOfAsync(OfficerAdministration.Created, username);
        Assert.Equal("admin", audit.Username);
        Assert.Contains(CommuneDesk, audit.Details);
        Assert.DoesNotContain(NewPassword, audit.Details);
        Assert.Null(audit.DossierId);
    }

    [Fact]
    public async Task A_malformed_or_taken_account_is_refused_field_by_field_and_nothing_is_created()
    {
        var refusal = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAsync("admin", new CreateOfficerCommand("999.99.99.H54", "xa.tiepnhan", "", ["Chief"], "ngan")));

        Assert.Equal(["fullName", "office", "password", "roles", "username"], refusal.Errors.Select(e => e.PropertyName).Distinct().Order());
        Assert.Contains("đã có người dùng", refusal.Errors.Single(e => e.PropertyName == "username").ErrorMessage);
        var badName = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAsync("admin", new CreateOfficerCommand(CommuneDesk, "tên có dấu", "Nguyễn Văn A", [], NewPassword)));
        Assert.Equal(["roles", "username"], badName.Errors.Select(e => e.PropertyName).Distinct().Order());
        var badEmail = await Assert.ThrowsAsync<ValidationException>(() =>
            AsAsync("admin", new CreateOfficerCommand(CommuneDesk, NewUsername(), "Nguyễn Văn A", ["Supervisor"], NewPassword, "giamsat.motcua.test")));
        Assert.Equal(["Địa chỉ thư điện tử của cán bộ không hợp lệ."], badEmail.Errors.Where(e => e.PropertyName == "email").Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task A_locked_account_is_refused_at_its_next_request_and_signs_in_again_once_reopened()
    {
        var username = NewUsername();
        var created = await AsAsync("admin", new CreateOfficerCommand(CommuneDesk, username, "Cán bộ sẽ nghỉ", ["Specialist"], NewPassword));
        using var session = await SignedInAsync(username, NewPassword);

        var locked = await AsAsync("admin", new SetOfficerActiveCommand(created.Id, Active: false));

        Assert.False(locked.IsActive);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(username, NewPassword)).StatusCode);
        Assert.DoesNotContain(await AsAsync("admin", new ListOfficersQuery(CommuneDesk)), o => o.Username == username);
        Assert.Contains(await AsAsync("admin", new ListOfficersQuery(CommuneDesk, IncludeInactive: true)), o => o.Username == username && !o.IsActive);

        await AsAsync("admin", new SetOfficerActiveCommand(created.Id, Active: true));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal("admin", (await AuditOfAsync(OfficerAdministration.Deactivated, username)).Username);
        Assert.Equal("admin", (await AuditOfAsync(OfficerAdministration.Reactivated, username)).Username);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_at_once_and_the_audit_never_holds_it()
    {
        var username = NewUsername();
        var created = await AsAsync("admin", new CreateOfficerCommand(CommuneDesk, username, "Cán bộ quên mật khẩu", ["Reception"], NewPassword));

        await AsAsync("admin", new ResetOfficerPasswordCommand(created.Id, "Mat-khau-thu-hai-2026"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(username, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(username, "Mat-khau-thu-hai-2026")).StatusCode);
        Assert.DoesNotContain("Mat-khau-thu-hai-2026", (await AuditOfAsync(OfficerAdministration.PasswordReset, username)).Details);
        var tooShort = await Assert.ThrowsAsync<ValidationException>(() => AsAsync("admin", new ResetOfficerPasswordCommand(created.Id, "ngan")));
        Assert.Equal("password", tooShort.Errors.Single().PropertyName);
    }

    [Fact]
    public async Task New_roles_hold_from_the_next_request_and_are_audited_with_before_and_after()
    {
        var username = NewUsername();
        var created = await AsAsync("admin", new CreateOfficerCommand(CommuneDesk, username, "Cán bộ đổi việc", ["Reception"], NewPassword));

        var changed = await AsAsync("admin", new SetOfficerRolesCommand(created.Id, ["Supervisor", "Leader", "Leader"]));

        Assert.Equal(["Leader", "Supervisor"], changed.Roles);
        var audit = await AuditOfAsync(OfficerAdministration.RolesChanged, username);
        Assert.Contains("Reception → Leader, Supervisor", audit.Details);
    }

    [Fact]
    public async Task An_account_opened_without_an_address_is_given_one_for_its_digests_and_can_lose_it_again()
    {
        var username = NewUsername();
        var created = await AsAsync("admin", new CreateOfficerCommand(CommuneDesk, username, "Giám sát mới", ["Supervisor"], NewPassword));
        Assert.Null(created.Email);

        var refusal = await Assert.ThrowsAsync<ValidationException>(() => AsAsync("admin", new SetOfficerEmailCommand(created.Id, "khong-phai-dia-chi")));
        Assert.Equal(["email"], refusal.Errors.Select(e => e.PropertyName).Distinct());
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync("xa.giamsat", new SetOfficerEmailCommand(created.Id, "a@motcua.test")));

        var given = await AsAsync("admin", new SetOfficerEmailCommand(created.Id, " giamsat.moi@motcua.test "));
        Assert.Equal("giamsat.moi@motcua.test", given.Email);
        Assert.Contains("(chưa có) → giamsat.moi@motcua.test", (await AuditOfAsync(OfficerAdministration.EmailChanged, username)).Details);

        var cleared = await AsAsync("admin", new SetOfficerEmailCommand(created.Id, ""));
        Assert.Null(cleared.Email);
    }

    [Fact]
    public async Task An_admin_cannot_lock_themself_out_and_nobody_else_manages_accounts()
    {
        var adminId = await IdOfAsync("admin");

        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync("admin", new SetOfficerActiveCommand(adminId, Active: false)));
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync("admin", new SetOfficerRolesCommand(adminId, ["Supervisor"])));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            AsAsync("xa.giamsat", new CreateOfficerCommand(CommuneDesk, NewUsername(), "Không được tạo", ["Reception"], NewPassword)));
        var colleague = await IdOfAsync("xa.tiepnhan");
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync("xa.lanhdao", new SetOfficerActiveCommand(colleague, Active: false)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync("admin", new SetOfficerActiveCommand(Guid.NewGuid(), Active: false)));

        var stillAdmin = await AsAsync("admin", new SetOfficerRolesCommand(adminId, ["Admin", "Supervisor"]));
        Assert.Equal(["Supervisor", "Admin"], stillAdmin.Roles);
        await AsAsync("admin", new SetOfficerRolesCommand(adminId, ["Admin"]));
    }

    private static string NewUsername() => $"kt.{Guid.NewGuid():N}"[..15];

    /// <summary>Sends a use case in a scope of its own as <paramref name="username"/>, as a page's request would.</summary>
    private async Task<T> AsAsync<T>(string username, ICommand<T> command) =>
        await WithActorAsync(username, sender => sender.Send(command));

    private async Task<T> AsAsync<T>(string username, IQuery<T> query) =>
        await WithActorAsync(username, sender => sender.Send(query));

    private async Task<T> WithActorAsync<T>(string username, Func<ISender, ValueTask<T>> send)
    {
        var id = await IdOfAsync(username);
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(OfficerClaims.Subject, id.ToString()), new Claim(OfficerClaims.Username, username)], "test");
        scope.ServiceProvider.GetRequiredService<SignedInOfficer>().Become(new ClaimsPrincipal(identity), "203.0.113.20");
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    private async Task<Guid> IdOfAsync(string username)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Officers
            .Where(o => o.Username == username).Select(o => o.Id).SingleAsync();
    }

    private async Task<Application.Common.Audit.AuditEntry> AuditOfAsync(string action, string username)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Action == action && a.Details!.StartsWith($"Tài khoản {username}:"));
    }

    private Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        api.CreateClient().PostAsJsonAsync("/api/auth/token", new { username, password });

    private async Task<HttpClient> SignedInAsync(string username, string password)
    {
        var response = await SignInAsync(username, password);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
