namespace ThaiBinh.MotCua.Domain.Procedures;

public enum ResultDelivery
{
    /// <summary>Trả tại Bộ phận Một cửa.</summary>
    Desk,

    /// <summary>Qua dịch vụ bưu chính công ích.</summary>
    Post,

    /// <summary>Trực tuyến.</summary>
    Online,
}
