namespace ThaiBinh.MotCua.Domain.Calendar;

/// <summary>What a complete supplement does to the clock of a dossier that was waiting for it.</summary>
public enum SupplementPolicy
{
    /// <summary>Decree 61 Art. 19(4): the time limit starts again from zero.</summary>
    RestartFromZero,

    /// <summary>The due moment moves by the working time spent waiting.</summary>
    ExtendByPause,
}
