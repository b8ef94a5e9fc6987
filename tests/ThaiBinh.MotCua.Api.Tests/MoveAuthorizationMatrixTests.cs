using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Application.Dossiers.Act;
using ThaiBinh.MotCua.Domain.Officers;
using Xunit.Abstractions;
using static ThaiBinh.MotCua.Api.Tests.Infrastructure.MoveMatrix;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// Every move × role × office × state over HTTP, judged against the domain's rule table: a move
/// succeeds exactly where the table allows it; everywhere else it is refused (404 unseen, 403 not
/// yours, 409 not now) and writes nothing; and the moves endpoint says the same beforehand.
/// </summary>
public sealed class MoveAuthorizationMatrixTests(ApiFixture api, ITestOutputHelper output) : ApiTest
{
    private readonly MoveMatrix _matrix = new(api);

    [Fact]
    public async Task Every_move_is_allowed_exactly_where_the_table_allows_it_and_a_refusal_writes_nothing()
    {
        var officers = await _matrix.OfficersAsync();
        var mismatches = new List<string>();
        var (attempts, allowed, errors) = (0, 0, 0);

        foreach (var state in States)
        {
            var pristine = await _matrix.DossierInAsync(state);
            var before = await _matrix.SnapshotAsync(pristine);
            foreach (var ((role, office), client) in officers)
            {
                await CompareMovesAsync(client, pristine, role, office, state, mismatches);
                foreach (var move in DossierMoves.All.Values)
                {
                    var expected = Expected(move.Rule, role, office, state);
                    var code = expected == 200 ? await _matrix.DossierInAsync(state) : pristine;
                    var response = await client.PostAsJsonAsync($"/api/dossiers/{code}/{move.Action}", Body(move.Action, office));
                    attempts++;
                    allowed += response.IsSuccessStatusCode ? 1 : 0;
                    errors += (int)response.StatusCode >= 500 ? 1 : 0;
                    if ((int)response.StatusCode != expected)
                    {
                        mismatches.Add($"{move.Action} by {role} at {office} on {state.Name}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }

            if (await _matrix.SnapshotAsync(pristine) != before)
            {
                mismatches.Add($"a refused move wrote to the {state.Name} dossier {pristine}");
            }
        }

        output.WriteLine($"{attempts} attempts, {allowed} allowed, {errors} server errors, {mismatches.Count} mismatches");
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches.Take(40)));
        Assert.Equal(States.Count * Roles.Count * Offices.Count * DossierMoves.All.Count, attempts);
    }

    /// <summary>Cells the law decides, written out by hand so the table itself is held to them.</summary>
    public static TheoryData<string, Role, string, string, int> LawfulCells() => new()
    {
        // Công an holds it for verification: the offices that held it before can neither re-date nor stop it.
        { "extend", Role.Leader, Justice, "verifying", 403 },
        { "stop", Role.Leader, Justice, "verifying", 403 },
        // The apology is the processing agency's, signed by its leader (Art. 19(9)): never the desk's.
        { "extend", Role.Reception, Desk, "verifying", 403 },
        { "extend", Role.Reception, Desk, "received", 403 },
        { "extend", Role.Leader, Desk, "received", 409 },
        { "extend", Role.Leader, Police, "verifying", 200 },
        { "extend", Role.Leader, Justice, "supplement-requested", 200 },
        // The citizen withdraws at the desk that received the dossier, wherever it is.
        { "withdraw", Role.Reception, Desk, "verifying", 200 },
        { "withdraw", Role.Reception, Justice, "assessing", 403 },
        // A returned dossier: not yours before not now.
        { "approve", Role.Leader, Justice, "returned", 403 },
        { "return", Role.Reception, Desk, "returned", 409 },
        // A supervisor reads everything below them and moves nothing; another district's desk sees nothing.
        { "transfer", Role.Supervisor, Desk, "received", 403 },
        { "transfer", Role.Reception, OtherDesk, "received", 404 },
        // An assigned step belongs to its assignee.
        { "assess", Role.Specialist, Justice, "assigned", 403 },
        { "assess", Role.Specialist, Justice, "assessing", 200 },
    };

    [Theory]
    [MemberData(nameof(LawfulCells))]
    public void The_table_says_what_the_law_says(string action, Role role, string office, string state, int expected) =>
        Assert.Equal(expected, Expected(DossierMoves.All[action].Rule, role, office, States.Single(s => s.Name == state)));

    /// <summary>The moves endpoint, asked before acting, gives the same answers as acting does.</summary>
    private static async Task CompareMovesAsync(HttpClient client, string code, Role role, string office, MoveMatrix.State state, List<string> mismatches)
    {
        var response = await client.GetAsync($"/api/dossiers/{code}/moves");
        var unseen = DossierMoves.All.Values.All(m => Expected(m.Rule, role, office, state) == 404);
        if (unseen || response.StatusCode != HttpStatusCode.OK)
        {
            if (!unseen || response.StatusCode != HttpStatusCode.NotFound)
            {
                mismatches.Add($"moves for {role} at {office} on {state.Name}: got {(int)response.StatusCode}");
            }

            return;
        }

        foreach (var move in (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray())
        {
            var action = move.GetProperty("action").GetString()!;
            var expected = Expected(DossierMoves.All[action].Rule, role, office, state);
            var said = move.GetProperty("allowed").GetBoolean() ? 200 : move.GetProperty("refusal").GetString() == "not-yours" ? 403 : 409;
            if (said != expected)
            {
                mismatches.Add($"moves says {said} for {action} by {role} at {office} on {state.Name}, the table {expected}");
            }
        }
    }
}
