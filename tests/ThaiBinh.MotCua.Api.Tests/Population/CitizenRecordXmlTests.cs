using System.Xml;
using ThaiBinh.MotCua.Infrastructure.Population;
using ThaiBinh.MotCua.Simulators.Population;

namespace ThaiBinh.MotCua.Api.Tests.Population;

/// <summary>The registry's SOAP answer read by the adapter (no host, no database).</summary>
public sealed class CitizenRecordXmlTests
{
    [Fact]
    public void The_simulators_answer_reads_as_the_citizen_with_name_parts_birth_and_both_addresses()
    {
        var xml = PopulationSimulator.Envelope(PopulationCitizens.All[PopulationCitizens.PhamThiHoa]).ToString();

        var citizen = Assert.Single(CitizenRecordXml.Parse(xml));

        Assert.Equal((PopulationCitizens.PhamThiHoa, "Phạm", "Thị", "Hoa", "Phạm Thị Hoa"),
            (citizen.CitizenId, citizen.FamilyName, citizen.MiddleName, citizen.GivenName, citizen.FullName));
        Assert.Equal(("Nữ", new DateOnly(1985, 8, 15), 1985), (citizen.Gender, citizen.BirthDate, citizen.BirthYear));
        Assert.Equal("Thôn Đông, Xã An Ninh, Huyện Quỳnh Phụ, Tỉnh Thái Bình", citizen.PermanentAddress!.Text);
        Assert.Equal(("34", "336", "12436"), (citizen.CurrentAddress!.ProvinceCode, citizen.CurrentAddress.DistrictCode, citizen.CurrentAddress.CommuneCode));
        Assert.Equal("VN", citizen.Nationality);
    }

    [Fact]
    public void Another_namespace_prefix_a_year_only_birth_and_missing_parts_still_read()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:c="urn:qcvn109">
              <s:Body>
                <c:CongdanCollection>
                  <c:CongDan>
                    <c:SoCMND>151234567</c:SoCMND>
                    <c:HoVaTen><c:Ho>Đinh</c:Ho><c:Ten>Lan</c:Ten></c:HoVaTen>
                    <c:GioiTinh>2</c:GioiTinh>
                    <c:NgayThangNamSinh><c:Nam>1960</c:Nam></c:NgayThangNamSinh>
                    <c:ThuongTru><c:ChiTiet>Thôn Bắc</c:ChiTiet><c:TenTinhThanh>Tỉnh Thái Bình</c:TenTinhThanh></c:ThuongTru>
                  </c:CongDan>
                </c:CongdanCollection>
              </s:Body>
            </s:Envelope>
            """;

        var citizen = Assert.Single(CitizenRecordXml.Parse(xml));

        Assert.Equal((null, "151234567", "Đinh Lan"), (citizen.CitizenId, citizen.LegacyId, citizen.FullName));
        Assert.Equal(((DateOnly?)null, (int?)1960), (citizen.BirthDate, citizen.BirthYear));
        Assert.Equal("Thôn Bắc, Tỉnh Thái Bình", citizen.PermanentAddress!.Text);
        Assert.Null(citizen.CurrentAddress);
    }

    [Fact]
    public void An_empty_collection_is_no_citizen()
    {
        const string xml = """<Envelope><Body><CongdanCollection /></Body></Envelope>""";

        Assert.Empty(CitizenRecordXml.Parse(xml));
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE Envelope [<!ENTITY x SYSTEM "file:///etc/passwd">]><Envelope><Body><CongdanCollection><CongDan><SoDinhDanh>&x;</SoDinhDanh></CongDan></CongdanCollection></Body></Envelope>""")]
    [InlineData("""<Envelope><Body><KetQua /></Body></Envelope>""")]
    [InlineData("""<Answer><Body><CongdanCollection /></Body></Answer>""")]
    [InlineData("""Không tìm thấy""")]
    [InlineData("""<Envelope><Body><CongdanCollection>""")]
    public void A_document_type_declaration_or_another_shape_is_refused(string xml) =>
        Assert.Throws<XmlException>(() => CitizenRecordXml.Parse(xml));
}
