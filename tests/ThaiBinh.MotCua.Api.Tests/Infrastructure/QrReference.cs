using QRCoder;

namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>An independent QR encoding of a payload, to compare with the modules a form drew.</summary>
public static class QrReference
{
    public static int DarkModules(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Sum(row => row.Cast<bool>().Count(dark => dark));
    }
}
