using ThaiBinh.MotCua.Application.Forms;

namespace ThaiBinh.MotCua.Infrastructure.Forms;

internal sealed class FormPdfRenderer(TimeProvider clock) : IFormPdfRenderer
{
    public byte[] Receipt(ReceiptForm form) => ReceiptPdf.Render(form);

    public byte[] SupplementRequest(NoticeForm form) => NoticePdf.SupplementRequest(form);

    public byte[] Refusal(NoticeForm form) => NoticePdf.Refusal(form);

    public byte[] Apology(NoticeForm form) => NoticePdf.Apology(form);

    public byte[] ControlSheet(ControlSheetForm form) => ControlSheetPdf.Render(form);

    public byte[] Ledger(LedgerForm form) => LedgerPdf.Render(form, clock.GetUtcNow());
}
