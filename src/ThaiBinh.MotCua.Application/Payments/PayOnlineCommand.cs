using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Payments;
using ThaiBinh.MotCua.Domain.Procedures;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>
/// Sends a payment request to the national payment platform (INIT) and answers the pay page's address.
/// The request is pending before the call (so a transaction the platform opened is never unknown here);
/// a refusal or a platform out of reach marks it failed and answers 409 payment.platform.
/// </summary>
public sealed record PayOnlineCommand(string Code, string Id) : ICommand<PayOnlineResult>;

public sealed class PayOnlineCommandHandler(
    IMotCuaDbContext db, PaymentAccess access, IReferenceData reference, IPayGov payGov, IOptions<PayGovOptions> options, TimeProvider clock,
    ILogger<PayOnlineCommandHandler> logger) : ICommandHandler<PayOnlineCommand, PayOnlineResult>
{
    public async ValueTask<PayOnlineResult> Handle(PayOnlineCommand command, CancellationToken cancellationToken)
    {
        var (officer, dossier, version) = await access.LoadAsync(command.Code, cancellationToken);
        PaymentAccess.RequireDesk(officer, dossier);
        var request = await access.RequestOfAsync(dossier, command.Id, cancellationToken);
        var now = clock.GetUtcNow();
        request.SendOnline(now);
        await db.SaveChangesAsync(cancellationToken);

        var message = await MessageAsync(request, dossier, version, officer.IpAddress, now, cancellationToken);
        try
        {
            var payUrl = await payGov.InitAsync(message, cancellationToken);
            request.Opened(payUrl.ToString());
            await db.SaveChangesAsync(cancellationToken);
            return new PayOnlineResult(payUrl, PaymentRequestDto.Of(request));
        }
        catch (PayGovUnavailableException failure)
        {
            logger.LogWarning(failure, "INIT of {Reference} failed", request.Reference);
            request.FailOnline(failure.Message, clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            throw new DomainRuleException("payment.platform", failure.Message);
        }
    }

    private async Task<PayGovInitMessage> MessageAsync(
        PaymentRequest request, Dossier dossier, ProcedureVersion version, string? ip, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = await reference.CurrentAsync(cancellationToken);
        var procedure = snapshot.Procedures(version.ProcedureCode).Single(p => p.LevelCode == version.LevelCode);
        var office = snapshot.Office(dossier.CompetentOfficeId)!;
        var settings = options.Value;
        var content = $"THANH TOAN HO SO {dossier.Code}";
        return new PayGovInitMessage
        {
            MaDoiTac = settings.PartnerCode,
            MaThamChieu = request.Reference,
            SoTien = PayGovProtocol.Amount(request.AmountVnd),
            ThongTinGiaoDich = content,
            ThoiGianGD = PayGovProtocol.Time(now),
            Ip = string.IsNullOrWhiteSpace(ip) ? "127.0.0.1" : ip,
            UrlCallback = settings.CallbackUrl?.ToString(),
            UrlTraVe = settings.ReturnUrl?.ToString(),
            ThongTinBienLai = new PayGovReceipt
            {
                MaDVC = version.ProcedureCode + ".01",
                TenDVC = procedure.Name,
                MaTTHC = version.ProcedureCode,
                TenTTHC = procedure.Name,
                MaDonVi = office.Code,
                TenDonVi = office.Name,
                MaHoSo = dossier.Code,
                NoiDungThanhToan = content,
                HoTenNguoiNop = dossier.Applicant.FullName,
                SoCMNDNguoiNop = dossier.Applicant.CitizenId,
                DiaChiNguoiNop = dossier.Applicant.Address,
                PhiLePhi = [.. request.Items.Select(i => new PayGovFeeLine(KindCode(i.Kind), i.Code, i.Name, PayGovProtocol.Amount(i.AmountVnd)))],
                DSKhoanNop = [.. request.Items.Select(i => new PayGovPaymentLine(i.Name, PayGovProtocol.Amount(i.AmountVnd)))],
            },
        };
    }

    /// <summary>LoaiPhiLePhi as we send it: "1" phí, "2" lệ phí (the platform's code list was not found; docs/decisions.md, issue 16).</summary>
    private static string KindCode(FeeKind kind) => kind == FeeKind.Fee ? "1" : "2";
}
