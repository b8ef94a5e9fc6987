using ThaiBinh.MotCua.Domain.Officers;

namespace ThaiBinh.MotCua.Application.Officers;

/// <summary>How roles are spelled in the use cases (their enum names, as in the token) and shown to people.</summary>
public static class OfficerRoles
{
    public static readonly IReadOnlyList<string> Names = Enum.GetNames<Role>();

    /// <summary>A role by its exact name; not a number, not another casing, so a typo is never a role.</summary>
    public static Role? Parse(string? name) =>
        name is not null && Names.Contains(name, StringComparer.Ordinal) ? Enum.Parse<Role>(name) : null;

    public static string Label(Role role) => role switch
    {
        Role.Reception => "Tiếp nhận và trả kết quả",
        Role.Specialist => "Chuyên viên xử lý",
        Role.Leader => "Lãnh đạo phê duyệt",
        Role.Supervisor => "Giám sát",
        _ => "Quản trị hệ thống",
    };
}
