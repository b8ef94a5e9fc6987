using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

internal sealed class FormPdfRenderer(TimeProvider clock) : IFormPdfRenderer
{
    public byte[] Receipt(ReceiptForm form) => ReceiptPdf.Render(form);

    public byte[] SupplementRequest(NoticeForm form) => SupplementRequestPdf.Render(form);

    public byte[] Refusal(NoticeForm form) => RefusalPdf.Render(form);

    public byte[] Apology(NoticeForm form) => ApologyPdf.Render(form);

    public byte[] StopNotice(NoticeForm form) => StopNoticePdf.Render(form);

    public byte[] ControlSheet(ControlSheetForm form) => ControlSheetPdf.Render(form);

    public byte[] Ledger(LedgerForm form) => LedgerPdf.Render(form, clock.GetUtcNow());
}
