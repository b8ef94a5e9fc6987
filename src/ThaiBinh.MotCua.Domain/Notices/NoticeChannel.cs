namespace ThaiBinh.MotCua.Domain.Notices;

/// <summary>How the citizen chose at the desk to be told of their dossier (Phương thức nhận thông báo).</summary>
public enum NoticeChannel
{
    None = 0,
    Sms = 1,
    Email = 2,
    Zalo = 3,
}
