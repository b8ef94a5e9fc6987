namespace ThaiBinh.MotCua.Infrastructure.Forms;

/// <summary>Horizontal alignment of a line of text within its column.</summary>
internal enum Align
{
    Left,
    Center,
    Right,
}
