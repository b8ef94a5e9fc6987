namespace ThaiBinh.MotCua.Domain.Units;

/// <summary>
/// "Unit X continues (part of) unit Y": the link a merger or split leaves between unit versions,
/// so statistics and lookups can follow a place across reorganisations.
/// </summary>
public sealed class UnitPredecessor
{
    private UnitPredecessor()
    {
    }

    public UnitPredecessor(Guid unitId, Guid predecessorId)
    {
        if (unitId == predecessorId)
        {
            throw new ArgumentException("Một đơn vị không thể kế thừa chính nó.", nameof(predecessorId));
        }

        UnitId = unitId;
        PredecessorId = predecessorId;
    }

    public Guid UnitId { get; private set; }

    public Guid PredecessorId { get; private set; }
}
