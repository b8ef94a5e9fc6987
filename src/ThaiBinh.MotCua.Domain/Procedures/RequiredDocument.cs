namespace ThaiBinh.MotCua.Domain.Procedures;

/// <summary>
/// A document the applicant must bring: its name, original or copy, and how many. A conditional one
/// is needed only in the case its name states (e.g. "Văn bản ủy quyền (trường hợp ủy quyền)"), so the
/// desk checks it by eye rather than the system refusing the dossier without it.
/// </summary>
public sealed record RequiredDocument(string Name, bool Original, int Copies, bool Conditional = false);
