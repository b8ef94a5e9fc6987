using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Evaluations;
using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Infrastructure.Evaluations;

/// <summary>
/// Tokens that need no table: the dossier's id and the first 96 bits of an HMAC-SHA256 of it under
/// <see cref="EvaluationOptions.LinkKey"/>, in base64url (38 characters, short enough for an SMS).
/// Without the key nobody can make the token of another dossier; the id in it is no personal data.
/// </summary>
internal sealed class EvaluationLinks(EvaluationLinkKey key, IOptions<FormOptions> forms) : IEvaluationLinks
{
    private const int IdLength = 16;
    private const int TagLength = 12;

    public string TokenOf(Guid dossierId)
    {
        Span<byte> token = stackalloc byte[IdLength + TagLength];
        dossierId.TryWriteBytes(token[..IdLength]);
        Tag(token[..IdLength], token[IdLength..]);
        return Base64Url.EncodeToString(token);
    }

    public Guid? DossierOf(string token)
    {
        // Decoding throws on characters outside the alphabet: those are refused before.
        Span<byte> bytes = stackalloc byte[IdLength + TagLength];
        if (token.Length != Base64Url.GetEncodedLength(IdLength + TagLength) || !Base64Url.IsValid(token)
            || !Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != IdLength + TagLength)
        {
            return null;
        }

        Span<byte> expected = stackalloc byte[TagLength];
        Tag(bytes[..IdLength], expected);
        return CryptographicOperations.FixedTimeEquals(expected, bytes[IdLength..]) ? new Guid(bytes[..IdLength]) : null;
    }

    public string UrlOf(Guid dossierId) => $"{forms.Value.PublicBaseUrl.TrimEnd('/')}/danh-gia/{TokenOf(dossierId)}";

    private void Tag(ReadOnlySpan<byte> id, Span<byte> tag)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key.Bytes, id, mac);
        mac[..TagLength].CopyTo(tag);
    }
}

/// <summary>The signing key's bytes, read once.</summary>
internal sealed record EvaluationLinkKey(byte[] Bytes)
{
    public static EvaluationLinkKey From(string text) => new(Encoding.UTF8.GetBytes(text));

    public static EvaluationLinkKey Random() => new(RandomNumberGenerator.GetBytes(32));
}
