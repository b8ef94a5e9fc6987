using System.Text;

namespace ThaiBinh.MotCua.Benchmarks.Http;

/// <summary>The run's summary: printed as it goes and saved to a text file at the end.</summary>
public sealed class HttpReport(string path)
{
    private readonly StringBuilder _text = new();

    public void Heading(string text) => Line($"\n{text}");

    public void Line(string text)
    {
        Console.WriteLine(text);
        _text.AppendLine(text);
    }

    public async Task SaveAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, _text.ToString());
        Console.WriteLine($"\nsummary written to {path}");
    }
}
