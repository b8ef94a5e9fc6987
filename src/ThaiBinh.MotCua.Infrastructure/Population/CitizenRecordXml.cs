using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using ThaiBinh.MotCua.Application.Population;

namespace ThaiBinh.MotCua.Infrastructure.Population;

/// <summary>
/// The registry's <c>message</c>: a SOAP document <c>Envelope/Body/CongdanCollection/CongDan</c> (QCVN 109
/// citizen data, integrations.md §2.1). Elements are matched by local name, whatever namespace the
/// gateway puts them in. No DTD is read and nothing outside the string is resolved: the text comes from
/// outside.
/// </summary>
internal static class CitizenRecordXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 1_000_000,
    };

    /// <summary>The citizens in the answer (none when the collection is empty); throws <see cref="XmlException"/> when it is not such a document.</summary>
    public static IReadOnlyList<RegisteredCitizen> Parse(string xml)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings);
        var document = XDocument.Load(reader);
        var envelope = document.Root is { } root && root.Name.LocalName == "Envelope"
            ? root
            : throw new XmlException("The answer is not a SOAP Envelope.");
        var collection = Child(Child(envelope, "Body") ?? throw new XmlException("The SOAP Envelope has no Body."), "CongdanCollection")
            ?? throw new XmlException("The SOAP Body has no CongdanCollection.");
        return [.. Children(collection, "CongDan").Select(Citizen)];
    }

    private static RegisteredCitizen Citizen(XElement element)
    {
        var name = Child(element, "HoVaTen");
        var birth = Child(element, "NgayThangNamSinh");
        return new RegisteredCitizen(
            Text(element, "SoDinhDanh"),
            Text(element, "SoCMND"),
            Text(name, "Ho") ?? string.Empty,
            Text(name, "ChuDem") ?? string.Empty,
            Text(name, "Ten") ?? string.Empty,
            Gender(Text(element, "GioiTinh")),
            Day(Text(birth, "NgayThangNam")),
            int.TryParse(Text(birth, "Nam"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
            Address(Child(element, "ThuongTru")),
            Address(Child(element, "NoiOHienTai")),
            Text(element, "QuocTich"),
            Text(element, "DanToc"));
    }

    private static RegisteredAddress? Address(XElement? address)
    {
        // The address is the DiaChi inside, or the fields straight under the element.
        var fields = Child(address, "DiaChi") ?? address;
        return fields is null
            ? null
            : new RegisteredAddress(
                Text(fields, "MaTinhThanh"), Text(fields, "MaQuanHuyen"), Text(fields, "MaPhuongXa"),
                Text(fields, "TenTinhThanh"), Text(fields, "TenQuanHuyen"), Text(fields, "TenPhuongXa"),
                Text(fields, "ChiTiet"), Text(fields, "QuocGia"));
    }

    /// <summary>QCVN 109 codes 1 (Nam) and 2 (Nữ), or the word itself; inferred, not from a specification.</summary>
    private static string? Gender(string? value) => value switch
    {
        "1" => "Nam",
        "2" => "Nữ",
        null => null,
        _ => value,
    };

    /// <summary>yyyyMMdd as the element carries it, or dd/MM/yyyy, or ISO; null when only a year or nothing readable is given.</summary>
    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, ["yyyyMMdd", "dd/MM/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static XElement? Child(XElement? parent, string localName) => Children(parent, localName).FirstOrDefault();

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    private static string? Text(XElement? parent, string localName) =>
        Child(parent, localName)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
