namespace ThaiBinh.MotCua.Application.Common.Reference;

/// <summary>
/// The one row that marks changes to the reference data (units, offices, officers' names and
/// postings, procedures, the calendar). Triggers on those tables set it to the changing transaction's
/// id; every signed-in request reads it with the officer, so each API process knows, without
/// a round trip of its own, when its cached copy is older than the database.
/// </summary>
public sealed class ReferenceDataVersion
{
    public const int SingleRowId = 1;

    private ReferenceDataVersion()
    {
    }

    public int Id { get; private set; }

    public long Version { get; private set; }
}
