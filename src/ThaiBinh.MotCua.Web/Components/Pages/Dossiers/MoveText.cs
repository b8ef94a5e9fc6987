namespace ThaiBinh.MotCua.Web.Components.Pages.Dossiers;

/// <summary>
/// The use cases name moves as a phrase to put in a sentence ("chuyển hồ sơ đi xử lý"); a button or
/// a table cell starts it with a capital.
/// </summary>
public static class MoveText
{
    public static string Sentence(string label) =>
        label.Length == 0 ? label : string.Concat(char.ToUpperInvariant(label[0]).ToString(), label.AsSpan(1));
}
