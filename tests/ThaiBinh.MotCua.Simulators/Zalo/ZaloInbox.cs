using System.Text.Json;
using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Zalo;

/// <summary>
/// The Zalo OA simulator's state: the account's followers (phone → user id), the access tokens it
/// issued, and the messages it received (a repeat of a tracking id answered OK, recorded once).
/// </summary>
public sealed class ZaloInbox() : RecordingInbox<ZaloRecord>(m => m.TrackingId)
{
    private readonly Dictionary<string, string> _followers = [];
    private readonly HashSet<string> _tokens = [];
    private int _tokensIssued;

    public override string Title => "Zalo OA";

    public override string Description => "/zalo/oauth/v4/oa/access_token, /zalo/v3.0/oa/user/getbyphone, /zalo/v3.0/oa/message/cs · tin đã nhận: GET /zalo/_sim/messages";

    public int TokensIssued
    {
        get { lock (Gate) { return _tokensIssued; } }
    }

    /// <summary>Makes a phone number (84…) a follower; returns its user id.</summary>
    public string Follow(string phone)
    {
        lock (Gate)
        {
            if (!_followers.TryGetValue(phone, out var userId))
            {
                userId = $"zalo-{Guid.NewGuid():N}";
                _followers[phone] = userId;
            }

            return userId;
        }
    }

    public string? UserIdOf(string phone)
    {
        lock (Gate) { return _followers.GetValueOrDefault(phone); }
    }

    public bool IsFollower(string userId)
    {
        lock (Gate) { return _followers.ContainsValue(userId); }
    }

    public string IssueToken()
    {
        lock (Gate)
        {
            var token = Guid.NewGuid().ToString("N");
            _tokens.Add(token);
            _tokensIssued++;
            return token;
        }
    }

    public bool IsValidToken(string token)
    {
        lock (Gate) { return _tokens.Contains(token); }
    }

    /// <summary>Every token issued so far stops working, as when Zalo expires them.</summary>
    public void ExpireTokens()
    {
        lock (Gate) { _tokens.Clear(); }
    }

    public override void Reset()
    {
        lock (Gate)
        {
            _followers.Clear();
            _tokens.Clear();
            _tokensIssued = 0;
        }

        base.Reset();
    }

    protected override SimulatorEntry Describe(ZaloRecord m) => new(m.ReceivedAt, $"{m.UserId}: {m.Text ?? m.TemplateId + " " + m.TemplateData}");
}

/// <summary>A message as received: <c>Text</c> for a text message, <c>TemplateId</c> and <c>TemplateData</c> (JSON) for a template.</summary>
public sealed record ZaloRecord(string TrackingId, string UserId, string? Text, string? TemplateId, JsonElement? TemplateData, DateTimeOffset ReceivedAt);

/// <summary>The Zalo OA simulator's fault switch.</summary>
public sealed class ZaloFaults : Faults.FaultSwitch;
