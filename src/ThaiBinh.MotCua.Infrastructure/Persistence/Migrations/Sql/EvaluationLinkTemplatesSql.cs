namespace ThaiBinh.MotCua.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// The returned notice gains the link to rate ({DanhGiaUrl}, issue 16). The seeder only inserts
/// templates a database lacks, so a database seeded before gets the new text here: only the
/// templates still as shipped (no admin ever saved them); an admin's own text is left as it is.
/// </summary>
internal static class EvaluationLinkTemplatesSql
{
    public const string AddLink = """
        UPDATE notice_templates SET body = replace(body,
            E'Cảm ơn Ông/Bà đã thực hiện thủ tục hành chính tại {NoiTiepNhan}.\n\nThư này',
            E'Cảm ơn Ông/Bà đã thực hiện thủ tục hành chính tại {NoiTiepNhan}.\nMời Ông/Bà đánh giá mức độ hài lòng về việc giải quyết hồ sơ tại: {DanhGiaUrl}\n\nThư này')
        WHERE message_type = 'dossier.returned' AND channel = 'email' AND updated_by IS NULL;
        UPDATE notice_templates SET body = body || ' Moi danh gia muc do hai long tai {DanhGiaUrl}'
        WHERE message_type = 'dossier.returned' AND channel = 'sms' AND updated_by IS NULL
          AND body = 'Ho so {MaHoSo} da duoc tra ket qua luc {NgayTraKetQua}. Cam on Ong/Ba.';
        UPDATE notice_templates SET body = body || ' Mời Ông/Bà đánh giá mức độ hài lòng tại: {DanhGiaUrl}'
        WHERE message_type = 'dossier.returned' AND channel = 'zalo' AND updated_by IS NULL
          AND body = 'Kết quả hồ sơ {MaHoSo} ({TenThuTuc}) đã được trả lúc {NgayTraKetQua}. Cảm ơn Ông/Bà.';
        """;

    public const string RemoveLink = """
        UPDATE notice_templates SET body = replace(body, E'\nMời Ông/Bà đánh giá mức độ hài lòng về việc giải quyết hồ sơ tại: {DanhGiaUrl}', '')
        WHERE message_type = 'dossier.returned' AND channel = 'email' AND updated_by IS NULL;
        UPDATE notice_templates SET body = replace(body, ' Moi danh gia muc do hai long tai {DanhGiaUrl}', '')
        WHERE message_type = 'dossier.returned' AND channel = 'sms' AND updated_by IS NULL;
        UPDATE notice_templates SET body = replace(body, ' Mời Ông/Bà đánh giá mức độ hài lòng tại: {DanhGiaUrl}', '')
        WHERE message_type = 'dossier.returned' AND channel = 'zalo' AND updated_by IS NULL;
        """;
}
