using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Dossiers.Moves;
using ThaiBinh.MotCua.Domain.Officers;
using ThaiBinh.MotCua.Domain.Procedures;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>
/// The people, places and states the authorization matrix is tried over: one officer of each role at
/// the receiving desk, Sở Tư pháp, Công an tỉnh and a district desk that never sees the dossier; and a
/// judicial record request (desk → Sở Tư pháp → Công an → Sở Tư pháp → desk) in each state it can be in.
/// </summary>
public sealed class MoveMatrix(ApiFixture api)
{
    public const string Desk = "000.00.01.H54";
    public const string Justice = "000.00.02.H54";
    public const string Police = "000.00.08.H54";
    public const string OtherDesk = "000.00.31.H54";

    /// <summary>Offices under the province (unit 34), whose supervisors and admins see every dossier of the route.</summary>
    private static readonly string[] ProvincialOffices = [Desk, Justice, Police];

    private readonly WorkflowClient _demo = new(api);

    public static IReadOnlyList<string> Offices { get; } = [Desk, Justice, Police, OtherDesk];

    public static IReadOnlyList<Role> Roles { get; } = Enum.GetValues<Role>();

    /// <summary>A dossier state: what the rule table looks at, which offices have held it, and how to make one.</summary>
    public sealed record State(string Name, DossierStatus Status, StepKind Step, string Holder, string[] HeldBy, bool AssignedToSomeoneElse);

    public static IReadOnlyList<State> States { get; } =
    [
        new("received", DossierStatus.Received, StepKind.Receive, Desk, [Desk], false),
        new("assessing", DossierStatus.InProgress, StepKind.Assess, Justice, [Desk, Justice], false),
        new("assigned", DossierStatus.InProgress, StepKind.Assess, Justice, [Desk, Justice], true),
        new("supplement-requested", DossierStatus.SupplementRequested, StepKind.Assess, Justice, [Desk, Justice], true),
        new("verifying", DossierStatus.InProgress, StepKind.Verify, Police, [Desk, Justice, Police], false),
        new("approving", DossierStatus.InProgress, StepKind.Approve, Justice, [Desk, Justice, Police], false),
        new("result-ready", DossierStatus.ResultReady, StepKind.Return, Desk, [Desk, Justice, Police], false),
        new("returned", DossierStatus.Returned, StepKind.Return, Desk, [Desk, Justice, Police], false),
        new("withdrawn", DossierStatus.Withdrawn, StepKind.Assess, Justice, [Desk, Justice], false),
        new("stopped", DossierStatus.Stopped, StepKind.Assess, Justice, [Desk, Justice], false),
    ];

    /// <summary>A valid body for each move, so that only authorization and state can refuse it.</summary>
    public static object Body(string action, string officeCode) => action switch
    {
        "assign" => new { assignee = Username(Role.Specialist, officeCode) },
        "assess" => new { decision = "approve" },
        "verify" => new { note = "Thống nhất" },
        "approve" => new { decision = "approve" },
        "return" => new { receivedBy = "Nguyễn Văn Ấn" },
        "request-supplement" => new { items = "Bản sao giấy khai sinh", reason = "Bản sao chưa được chứng thực" },
        "supplement" => new { note = "Đã bổ sung" },
        "refuse" => new { reason = "Không đủ điều kiện" },
        "extend" => new { newDueAt = "2030-01-02T09:00:00+07:00", reason = "Chờ kết quả xác minh" },
        "withdraw" => new { reason = "Công dân xin rút" },
        "stop" => new { reason = "Dừng theo đề nghị" },
        _ => new { },
    };

    public static string Username(Role role, string officeCode) => $"matrix.{role.ToString().ToLowerInvariant()}.{officeCode}";

    /// <summary>
    /// What the table says should happen, worked out here from the table's data rather than by the
    /// domain's own check: 404 when the officer cannot see the dossier, 403 "not yours", 409 "not now", else 200.
    /// </summary>
    public static int Expected(MoveRule rule, Role role, string officeCode, State state)
    {
        var sees = state.HeldBy.Contains(officeCode) || (role is Role.Supervisor or Role.Admin && ProvincialOffices.Contains(officeCode));
        if (!sees)
        {
            return 404;
        }

        var atOffice = rule.Office switch
        {
            MoveOffice.CurrentStep => officeCode == state.Holder,
            MoveOffice.ReceivingDesk => officeCode == Desk,
            _ => officeCode == state.Holder || officeCode == Desk,
        };
        if (!rule.Roles.Contains(role) || !atOffice)
        {
            return 403;
        }

        if (!rule.Statuses.Contains(state.Status) || (rule.Steps.Count > 0 && !rule.Steps.Contains(state.Step)))
        {
            return 409;
        }

        return rule.TakesStep && state.AssignedToSomeoneElse ? 403 : 200;
    }

    /// <summary>Creates the matrix's officers (once) and answers a signed-in client for each, tokens issued directly.</summary>
    public async Task<Dictionary<(Role, string), HttpClient>> OfficersAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var issuer = scope.ServiceProvider.GetRequiredService<IAccessTokenIssuer>();
        var offices = await db.Offices.Where(o => Offices.Contains(o.Code))
            .Join(db.AdministrativeUnits, o => o.UnitId, u => u.Id, (o, u) => new { o.Id, o.Code, UnitCode = u.Code })
            .ToDictionaryAsync(o => o.Code);
        var clients = new Dictionary<(Role, string), HttpClient>();
        foreach (var role in Roles)
        {
            foreach (var code in Offices)
            {
                var username = Username(role, code);
                var officer = await db.Officers.SingleOrDefaultAsync(o => o.Username == username);
                if (officer is null)
                {
                    officer = new Officer(username, $"Cán bộ thử {role} {code}", offices[code].Id, [role], "không-dùng-để-đăng-nhập");
                    db.Officers.Add(officer);
                    await db.SaveChangesAsync();
                }

                var token = issuer.Issue(new TokenSubject(officer.Id, username, officer.FullName, [role], code, offices[code].UnitCode));
                var client = api.CreateClient();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
                clients[(role, code)] = client;
            }
        }

        return clients;
    }

    /// <summary>A new judicial record request brought to <paramref name="state"/> by the demo officers.</summary>
    public async Task<string> DossierInAsync(State state)
    {
        var code = (await _demo.ReceiveAsync("tinh.tiepnhan", "2.000488")).Code();
        if (state.Name == "received")
        {
            return code;
        }

        await _demo.DoAsync("tinh.tiepnhan", code, "transfer");
        switch (state.Name)
        {
            case "assigned":
                await _demo.DoAsync("tinh.lanhdao", code, "assign", new { assignee = "tinh.chuyenvien" });
                break;
            case "supplement-requested":
                await _demo.DoAsync("tinh.chuyenvien", code, "request-supplement", new { items = "Ảnh 4x6", reason = "Bản sao chưa được chứng thực" });
                break;
            case "withdrawn":
                await _demo.DoAsync("tinh.tiepnhan", code, "withdraw", new { reason = "Công dân xin rút" });
                break;
            case "stopped":
                await _demo.DoAsync("tinh.lanhdao", code, "stop", new { reason = "Công dân không bổ sung" });
                break;
            case not "assessing":
                await _demo.DoAsync("tinh.chuyenvien", code, "assess", new { decision = "approve" });
                await ProcessAsync(code, state.Name);
                break;
        }

        return code;
    }

    /// <summary>The dossier's version and every row a move may write about it.</summary>
    public async Task<(int Version, int Audit, int Outbox)> SnapshotAsync(string code)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Code == code).Select(d => new { d.Id, d.Version }).SingleAsync();
        return (dossier.Version,
            await db.AuditEntries.CountAsync(a => a.DossierId == dossier.Id),
            await db.OutboxMessages.CountAsync(m => m.DossierId == dossier.Id));
    }

    /// <summary>From the verification step on: verify, approve, return as far as the state needs.</summary>
    private async Task ProcessAsync(string code, string state)
    {
        if (state == "verifying")
        {
            return;
        }

        await _demo.DoAsync("congan.chuyenvien", code, "verify", new { note = "Không có án tích" });
        if (state == "approving")
        {
            return;
        }

        await _demo.DoAsync("tinh.lanhdao", code, "approve", new { decision = "approve" });
        if (state == "returned")
        {
            await _demo.DoAsync("tinh.tiepnhan", code, "return", new { receivedBy = "Nguyễn Văn Ấn" });
        }
    }
}
