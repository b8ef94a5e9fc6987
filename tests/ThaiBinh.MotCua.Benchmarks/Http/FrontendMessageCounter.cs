using System.Buffers.Binary;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>
/// Reads the client's half of a PostgreSQL connection (protocol 3, in clear) as it streams past and
/// counts what it asks for: statements (a simple Query or an extended-protocol Execute), Parse
/// messages that name a statement (the server prepares it for reuse) and Binds of such a named
/// statement (a prepared statement executed). Messages may be split across reads at any byte.
/// </summary>
public sealed class FrontendMessageCounter
{
    /// <summary>The protocol version of a StartupMessage (3.0); the untyped requests before it (SSL, GSS, cancel) carry other codes.</summary>
    private const int StartupCode = 196608;

    /// <summary>Enough of a body to hold a portal's and a statement's names (Npgsql's are short: "", "_auto12").</summary>
    private const int PeekLength = 64;

    private readonly byte[] _header = new byte[8];
    private readonly byte[] _peek = new byte[PeekLength];
    private bool _started;
    private int _headerFill;
    private byte _type;
    private long _bodyLeft;
    private int _peekFill;
    private int _peekWanted;

    public long Statements { get; private set; }

    public long Prepares { get; private set; }

    public long PreparedExecutions { get; private set; }

    public void Feed(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_bodyLeft > 0)
            {
                var take = (int)Math.Min(_bodyLeft, data.Length);
                if (_peekFill < _peekWanted)
                {
                    var copy = Math.Min(take, _peekWanted - _peekFill);
                    data[..copy].CopyTo(_peek.AsSpan(_peekFill));
                    _peekFill += copy;
                    if (_peekFill == _peekWanted)
                    {
                        Inspect(_peek.AsSpan(0, _peekFill));
                    }
                }

                _bodyLeft -= take;
                data = data[take..];
                continue;
            }

            // Before the startup message, a message is untyped: length (4 bytes, itself included) then a code (4).
            var headerLength = _started ? 5 : 8;
            var want = Math.Min(headerLength - _headerFill, data.Length);
            data[..want].CopyTo(_header.AsSpan(_headerFill));
            _headerFill += want;
            data = data[want..];
            if (_headerFill < headerLength)
            {
                continue;
            }

            _headerFill = 0;
            if (_started)
            {
                _type = _header[0];
                _bodyLeft = BinaryPrimitives.ReadInt32BigEndian(_header.AsSpan(1)) - 4;
                Count();
            }
            else
            {
                _type = 0;
                _bodyLeft = BinaryPrimitives.ReadInt32BigEndian(_header) - 8;
                _started = BinaryPrimitives.ReadInt32BigEndian(_header.AsSpan(4)) == StartupCode;
            }

            _peekFill = 0;
            _peekWanted = _type is (byte)'P' or (byte)'B' ? (int)Math.Min(PeekLength, _bodyLeft) : 0;
        }
    }

    private void Count()
    {
        if (_type is (byte)'Q' or (byte)'E')
        {
            Statements++;
        }
    }

    /// <summary>Parse starts with the statement's name; Bind with the portal's, then the statement's ("" = unnamed).</summary>
    private void Inspect(ReadOnlySpan<byte> body)
    {
        if (_type == (byte)'P')
        {
            if (body.Length > 0 && body[0] != 0)
            {
                Prepares++;
            }
        }
        else
        {
            var portalEnd = body.IndexOf((byte)0);
            if (portalEnd >= 0 && portalEnd + 1 < body.Length && body[portalEnd + 1] != 0)
            {
                PreparedExecutions++;
            }
        }
    }
}
