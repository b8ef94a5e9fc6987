namespace ThaiBinh.MotCua.Domain.Offices;

public enum OfficeKind
{
    /// <summary>Trung tâm Phục vụ hành chính công (the provincial one-stop centre).</summary>
    ServiceCentre,

    /// <summary>Bộ phận Tiếp nhận và Trả kết quả of a district or commune.</summary>
    ReceptionUnit,

    /// <summary>A processing agency: a department (Sở), a district division, a vertical agency.</summary>
    Department,
}
