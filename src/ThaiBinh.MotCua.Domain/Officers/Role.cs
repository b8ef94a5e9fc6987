namespace ThaiBinh.MotCua.Domain.Officers;

/// <summary>What an officer may do. The names are also the values of the token's role claims.</summary>
public enum Role
{
    /// <summary>Công chức tiếp nhận và trả kết quả.</summary>
    Reception,

    /// <summary>Chuyên viên xử lý hồ sơ.</summary>
    Specialist,

    /// <summary>Lãnh đạo phê duyệt.</summary>
    Leader,

    /// <summary>Cán bộ giám sát, theo dõi.</summary>
    Supervisor,

    /// <summary>Quản trị hệ thống.</summary>
    Admin,
}
