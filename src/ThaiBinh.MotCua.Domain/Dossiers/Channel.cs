namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>How the dossier arrived (KenhThucHien of the national portal: 1, 2, 3).</summary>
public enum Channel
{
    Direct = 1,
    Online = 2,
    Postal = 3,
}

/// <summary>What the decision was, once there is one.</summary>
public enum Outcome
{
    None,

    /// <summary>The result (licence, certificate…) is issued.</summary>
    Granted,

    /// <summary>The request is refused with reasons (Mẫu 03 after appraisal, Decree 61 Art. 19(8)).</summary>
    Refused,
}
