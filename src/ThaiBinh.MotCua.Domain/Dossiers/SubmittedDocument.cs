namespace ThaiBinh.MotCua.Domain.Dossiers;

/// <summary>A document handed in with the dossier: name, copies, original or copy.</summary>
public sealed record SubmittedDocument(string Name, int Copies, bool Original);
