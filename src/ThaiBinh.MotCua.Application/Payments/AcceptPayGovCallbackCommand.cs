using System.Globalization;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Domain.Common;
using ThaiBinh.MotCua.Domain.Payments;

namespace ThaiBinh.MotCua.Application.Payments;

/// <summary>
/// The platform's callback (anonymous). The checksum is checked first, in constant time; a wrong one,
/// another partner, an unknown reference or another amount changes nothing, is kept in
/// rejected_payment_callbacks and answered with an error MaLoi. MaLoi "00" settles the request through
/// <see cref="PaymentSettlement"/>; a repeat answers "00" again and changes nothing; another MaLoi marks
/// a pending request failed.
/// </summary>
public sealed record AcceptPayGovCallbackCommand(PayGovCallbackMessage Message, string? RemoteAddress) : ICommand<PayGovCallbackReply>;

public sealed class AcceptPayGovCallbackCommandHandler(
    IMotCuaDbContext db, PaymentSettlement settlement, IOptions<PayGovOptions> options, TimeProvider clock, ILogger<AcceptPayGovCallbackCommandHandler> logger)
    : ICommandHandler<AcceptPayGovCallbackCommand, PayGovCallbackReply>
{
    public async ValueTask<PayGovCallbackReply> Handle(AcceptPayGovCallbackCommand command, CancellationToken cancellationToken)
    {
        var message = command.Message;
        var settings = options.Value;
        if (!PayGovChecksum.Matches(PayGovChecksum.Callback(message, settings.SecretKey), message.MaXacThuc))
        {
            return await RejectAsync(command, "checksum", PayGovProtocol.WrongChecksum, "Sai mã xác thực", cancellationToken);
        }

        if (message.MaDoiTac != settings.PartnerCode)
        {
            return await RejectAsync(command, "partner", PayGovProtocol.WrongChecksum, "Sai mã đối tác", cancellationToken);
        }

        var request = await db.PaymentRequests.SingleOrDefaultAsync(p => p.Reference == message.MaThamChieu, cancellationToken);
        if (request is null)
        {
            return await RejectAsync(command, "unknown-reference", PayGovProtocol.UnknownReference, "Không tìm thấy mã tham chiếu", cancellationToken);
        }

        if (!long.TryParse(message.SoTien, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount != request.AmountVnd)
        {
            return await RejectAsync(command, "amount", PayGovProtocol.WrongAmount, "Số tiền không khớp", cancellationToken);
        }

        if (message.MaLoi != PayGovProtocol.Success)
        {
            request.FailOnline($"Cổng thanh toán báo giao dịch không thành công (mã lỗi {message.MaLoi}).", clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return Reply(message, PayGovProtocol.Success, "Đã ghi nhận");
        }

        try
        {
            if (!await settlement.ConfirmOnlineAsync(request, message.MaGiaoDich ?? string.Empty, amount, byReconciliation: false, cancellationToken))
            {
                logger.LogInformation("Callback for {Reference} repeated: already settled", request.Reference);
            }
        }
        catch (DomainRuleException refused)
        {
            db.ChangeTracker.Clear();
            return await RejectAsync(command, "state", PayGovProtocol.WrongState, refused.Message, cancellationToken);
        }

        return Reply(message, PayGovProtocol.Success, "Thành công");
    }

    private async Task<PayGovCallbackReply> RejectAsync(AcceptPayGovCallbackCommand command, string reason, string code, string description, CancellationToken cancellationToken)
    {
        logger.LogWarning("Payment callback rejected ({Reason}) for reference {Reference} from {Address}", reason, command.Message.MaThamChieu, command.RemoteAddress);
        db.RejectedPaymentCallbacks.Add(new RejectedPaymentCallback(
            clock.GetUtcNow(), reason, command.Message.MaThamChieu, JsonSerializer.Serialize(command.Message), command.RemoteAddress));
        await db.SaveChangesAsync(cancellationToken);
        return Reply(command.Message, code, description);
    }

    private PayGovCallbackReply Reply(PayGovCallbackMessage message, string code, string description)
    {
        var reply = new PayGovCallbackReply(code, description, options.Value.PartnerCode, message.MaThamChieu, message.ThoiGianGD);
        return reply with { MaXacThuc = PayGovChecksum.Reply(reply, options.Value.SecretKey) };
    }
}
