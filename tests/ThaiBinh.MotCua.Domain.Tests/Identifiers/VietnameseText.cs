using System.Globalization;
using System.Text;

namespace ThaiBinh.MotCua.Domain.Tests.Identifiers;

/// <summary>Checks that an error message is written in Vietnamese, for the reception officer who reads it.</summary>
internal static class VietnameseText
{
    public static void AssertVietnamese(string? message, string expectedPhrase)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Contains(expectedPhrase, message, StringComparison.OrdinalIgnoreCase);
        Assert.True(HasVietnameseMarks(message), $"Expected a Vietnamese message, got: {message}");
    }

    // English text has no combining accents and no "đ"; Vietnamese sentences almost always have several.
    private static bool HasVietnameseMarks(string message) =>
        message.Contains('đ', StringComparison.OrdinalIgnoreCase)
        || message.Normalize(NormalizationForm.FormD)
            .Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
