using System.Text.Json;
using ThaiBinh.MotCua.Simulators.Home;

namespace ThaiBinh.MotCua.Simulators.Zalo;

/// <summary>
/// The Zalo OA simulator's state: the account's followers (phone → user id), the access tokens it
/// issued, and the messages it received (a repeat of a tracking id answered OK, recorded once).
/// </summary>
public sealed class ZaloInbox : ISimulatorSection
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _followers = [];
    private readonly HashSet<string> _tokens = [];
    private readonly List<ZaloRecord> _messages = [];
    private int _received;
    private int _tokensIssued;

    public string Title => "Zalo OA";

    public string Description => "/zalo/oauth/v4/oa/access_token, /zalo/v3.0/oa/user/getbyphone, /zalo/v3.0/oa/message/cs · tin đã nhận: GET /zalo/_sim/messages";

    public int Received
    {
        get { lock (_gate) { return _received; } }
    }

    public int TokensIssued
    {
        get { lock (_gate) { return _tokensIssued; } }
    }

    public IReadOnlyList<ZaloRecord> Messages
    {
        get { lock (_gate) { return [.. _messages]; } }
    }

    /// <summary>Makes a phone number (84…) a follower; returns its user id.</summary>
    public string Follow(string phone)
    {
        lock (_gate)
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
        lock (_gate) { return _followers.GetValueOrDefault(phone); }
    }

    public bool IsFollower(string userId)
    {
        lock (_gate) { return _followers.ContainsValue(userId); }
    }

    public string IssueToken()
    {
        lock (_gate)
        {
            var token = Guid.NewGuid().ToString("N");
            _tokens.Add(token);
            _tokensIssued++;
            return token;
        }
    }

    public bool IsValidToken(string token)
    {
        lock (_gate) { return _tokens.Contains(token); }
    }

    /// <summary>Every token issued so far stops working, as when Zalo expires them.</summary>
    public void ExpireTokens()
    {
        lock (_gate) { _tokens.Clear(); }
    }

    public bool Accept(ZaloRecord message)
    {
        lock (_gate)
        {
            _received++;
            if (_messages.Any(m => m.TrackingId == message.TrackingId))
            {
                return false;
            }

            _messages.Add(message);
            return true;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _followers.Clear();
            _tokens.Clear();
            _messages.Clear();
            _received = 0;
            _tokensIssued = 0;
        }
    }

    public IReadOnlyList<SimulatorEntry> Latest(int count) =>
        [.. Messages.TakeLast(count).Reverse().Select(m => new SimulatorEntry(m.ReceivedAt, $"{m.UserId}: {m.Text ?? m.TemplateId + " " + m.TemplateData}"))];
}

/// <summary>A message as received: <c>Text</c> for a text message, <c>TemplateId</c> and <c>TemplateData</c> (JSON) for a template.</summary>
public sealed record ZaloRecord(string TrackingId, string UserId, string? Text, string? TemplateId, JsonElement? TemplateData, DateTimeOffset ReceivedAt);

/// <summary>The Zalo OA simulator's fault switch.</summary>
public sealed class ZaloFaults : Faults.FaultSwitch;
