namespace ThaiBinh.MotCua.Domain.Dossiers.Moves;

/// <summary>Which office must hold a dossier for an officer of it to make a move.</summary>
public enum MoveOffice
{
    /// <summary>The office of the current step: the one holding the dossier now.</summary>
    CurrentStep,

    /// <summary>The desk that received the dossier, where the citizen comes back, wherever the dossier is.</summary>
    ReceivingDesk,

    /// <summary>Either of the two: documents the citizen brings arrive at the desk or at the processing office.</summary>
    ReceivingDeskOrCurrentStep,
}
