using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Forms;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// The fonts the forms embed are Liberation Serif reduced to what forms print (no hinting, fewer
/// glyphs). Read with PdfPig's own TrueType parser, every character the forms need must keep the
/// original's outline and width, so the reduction cannot change how a form looks.
/// </summary>
public class FormFontTests
{
    private const string Vietnamese =
        "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ" +
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";

    private const string Others = "0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~fjwzFJWZ–—‘’“”…•₫№€ßüöçñłșț×÷°§";

    public static TheoryData<string> Faces => new() { "LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic" };

    [Theory]
    [MemberData(nameof(Faces))]
    public void Every_character_a_form_prints_keeps_its_outline_and_width(string face)
    {
        var original = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "ThaiBinh.MotCua.Infrastructure", "Forms", "Fonts", face + ".ttf"));
        var reduced = TrueTypeReducer.Reduce(original, TrueTypeReducer.FormCharacters);
        var before = TrueTypeFontParser.Parse(new TrueTypeDataBytes(original));
        var after = TrueTypeFontParser.Parse(new TrueTypeDataBytes(reduced));

        foreach (var c in Vietnamese + Others)
        {
            Assert.True(after.TryGetAdvanceWidth(c, out var width), $"'{c}' has no glyph");
            Assert.True(before.TryGetAdvanceWidth(c, out var expectedWidth));
            Assert.Equal(expectedWidth, width);
            Assert.Equal(Outline(before, c), Outline(after, c));
        }
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public void The_embedded_font_has_no_hinting_and_a_fraction_of_the_glyphs(string face)
    {
        var original = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "ThaiBinh.MotCua.Infrastructure", "Forms", "Fonts", face + ".ttf"));
        var reduced = TrueTypeFontParser.Parse(new TrueTypeDataBytes(TrueTypeReducer.Reduce(original, TrueTypeReducer.FormCharacters)));

        Assert.DoesNotContain("fpgm", reduced.TableHeaders.Keys);
        Assert.DoesNotContain("prep", reduced.TableHeaders.Keys);
        Assert.DoesNotContain("cvt ", reduced.TableHeaders.Keys);
        Assert.InRange(Glyphs(reduced), 400, 1000);
        Assert.True(Glyphs(TrueTypeFontParser.Parse(new TrueTypeDataBytes(original))) > 2000);
    }

    private static int Glyphs(TrueTypeFont font) => font.TableRegister.IndexToLocationTable.GlyphOffsets.Count - 1;

    /// <summary>The glyph's contours as their commands' count and bounding boxes, in font units.</summary>
    private static string Outline(TrueTypeFont font, char c)
    {
        Assert.True(font.TryGetPath(c, out var path), $"'{c}' has no outline");
        return string.Join(" | ", path.Select(subpath => $"{subpath.Commands.Count}:{subpath.GetBoundingRectangle()}"));
    }
}
