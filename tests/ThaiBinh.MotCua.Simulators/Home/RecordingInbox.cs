namespace ThaiBinh.MotCua.Simulators.Home;

/// <summary>
/// What a simulator received: every accepted request counts in <see cref="Received"/>; a repeat of a
/// message's idempotency key (request id, Message-ID, tracking id) is answered as accepted but kept
/// once in <see cref="Messages"/>, as the real receivers are asked to do.
/// </summary>
public abstract class RecordingInbox<TRecord>(Func<TRecord, string?> keyOf) : ISimulatorSection
{
    private readonly List<TRecord> _messages = [];
    private int _received;

    public abstract string Title { get; }

    public abstract string Description { get; }

    public int Received
    {
        get { lock (Gate) { return _received; } }
    }

    public IReadOnlyList<TRecord> Messages
    {
        get { lock (Gate) { return [.. _messages]; } }
    }

    /// <summary>Guards this inbox and whatever state a simulator keeps beside it.</summary>
    protected Lock Gate { get; } = new();

    /// <summary>Records the message unless its key was seen; true when it is new.</summary>
    public bool Accept(TRecord message)
    {
        lock (Gate)
        {
            _received++;
            var key = keyOf(message);
            if (key is not null && _messages.Any(m => keyOf(m) == key))
            {
                return false;
            }

            _messages.Add(message);
            return true;
        }
    }

    public virtual void Reset()
    {
        lock (Gate)
        {
            _messages.Clear();
            _received = 0;
        }
    }

    public IReadOnlyList<SimulatorEntry> Latest(int count) => [.. Messages.TakeLast(count).Reverse().Select(Describe)];

    /// <summary>One line of the home page for a message.</summary>
    protected abstract SimulatorEntry Describe(TRecord message);
}
