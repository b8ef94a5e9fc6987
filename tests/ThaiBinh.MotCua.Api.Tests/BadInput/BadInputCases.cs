using System.Text;
using System.Text.Json.Nodes;

namespace ThaiBinh.MotCua.Api.Tests.BadInput;

/// <summary>
/// The malformed requests, generated from small tables: every text field of every endpoint × every
/// kind of character the text policy refuses, out-of-range dates, unknown values, nulls in arrays,
/// broken or duplicated JSON, and bodies over the limit.
/// </summary>
public static class BadInputCases
{
    private const string Desk = "xa.tiepnhan";
    private const string Leader = "xa.lanhdao";
    private const string Specialist = "xa.chuyenvien";
    private const string Supervisor = "xa.giamsat";
    private const string Admin = "admin";
    private const string DeskOffice = "000.01.31.H54";
    private const string Template = "PUT /api/admin/notice-templates/{type}/{channel}";
    private const string ReceivedEmailTemplate = "/api/admin/notice-templates/dossier.received/email";
    private const string Inbound = "/api/portal/inbound/dossiers";
    private const string InboundRoute = "POST " + Inbound;
    private const string OnlineDecision = "POST /api/dossiers/{code}/online/{decision}";

    /// <summary>The national portal, by its shared token (BadInputTests sends it as X-Portal-Token).</summary>
    public const string PortalTokenPrefix = "portal-token:";
    private const string Portal = PortalTokenPrefix + Infrastructure.TestSimulators.InboundToken;
    private const string Lookups = "POST /api/citizens/lookups";
    private const string LookupsPath = "/api/citizens/lookups";
    private const string LookupLog = "GET /api/admin/population-lookups";
    private const string RateThroughLink = "POST /api/public/evaluations/{token}";
    private const string RateAtDesk = "POST /api/dossiers/{code}/evaluation";
    private const string EvaluationReport = "GET /api/reports/evaluations";

    /// <summary>What the policy refuses in every field, one line or several.</summary>
    private static readonly (string Name, string Value)[] RefusedAnywhere =
    [
        ("nul", "Nguyễn\0Văn"),
        ("bell", "Nguyễn\u0007Văn"),
        ("escape", "\u001b[31mNguyễn"),
        ("delete", "Nguyễn\u007fVăn"),
        ("c1-next-line", "Nguyễn\u0085Văn"),
        ("right-to-left-override", "Nguyễn \u202enăV"),
        ("left-to-right-embedding", "\u202aNguyễn"),
        ("isolate", "\u2066Nguyễn\u2069"),
        ("right-to-left-mark", "Nguyễn\u200f"),
        ("zero-width-space", "Nguy\u200bễn"),
        ("byte-order-mark", "\ufeffNguyễn"),
        ("line-separator", "Nguyễn\u2028Văn"),
        ("noncharacter", "Nguyễn\uffff"),
    ];

    /// <summary>Only a JSON body can carry half a surrogate pair (a URL cannot even be written with one).</summary>
    private static readonly (string Name, string Value) LoneSurrogate = ("lone-surrogate", "Nguyễn\ud800");

    /// <summary>Refused where the field is one line only (names, codes, addresses, search words).</summary>
    private static readonly (string Name, string Value)[] RefusedInOneLine = [("line-feed", "Nguyễn\nVăn"), ("tab", "Nguyễn\tVăn")];

    /// <summary>For case names only: the paths of a context with sample dossier codes (declared before <see cref="All"/>, which uses it).</summary>
    private static readonly BadInputContext Sample = new("A", "B", [], DateTimeOffset.UnixEpoch);

    public static readonly IReadOnlyDictionary<string, BadRequest> All = Build().ToDictionary(c => c.Name);

    private static IEnumerable<BadRequest> Build() =>
        TextInBodies().Concat(TextInAddresses()).Concat(Dates()).Concat(UnknownValues()).Concat(Shapes()).Concat(Sizes()).Concat(Tokens());

    private static IEnumerable<(string Name, string Value)> Values(bool multiLine, bool inBody) =>
        RefusedAnywhere.Concat(inBody ? [LoneSurrogate] : []).Concat(multiLine ? [] : RefusedInOneLine);

    private static IEnumerable<BadRequest> TextInBodies()
    {
        var bodies = new (string Route, string? User, Func<BadInputContext, string> Path, string Field, bool MultiLine, Func<BadInputContext, JsonNode> Template)[]
        {
            ("POST /api/auth/token", null, _ => "/api/auth/token", "username", false, _ => new JsonObject { ["username"] = BadRequest.Placeholder, ["password"] = "MotCua@2026" }),
            ("POST /api/auth/token", null, _ => "/api/auth/token", "password", false, _ => new JsonObject { ["username"] = "xa.tiepnhan", ["password"] = BadRequest.Placeholder }),
            ("PUT /api/calendar/days/{date}", Admin, _ => "/api/calendar/days/2026-12-28", "name", false, _ => new JsonObject { ["kind"] = "holiday", ["name"] = BadRequest.Placeholder, ["reason"] = "Thông báo số 1" }),
            ("PUT /api/calendar/days/{date}", Admin, _ => "/api/calendar/days/2026-12-28", "reason", true, _ => new JsonObject { ["kind"] = "holiday", ["name"] = "Nghỉ bù", ["reason"] = BadRequest.Placeholder }),
            ("POST /api/dossiers/{code}/{action}", Desk, c => $"/api/dossiers/{c.Received}/withdraw", "reason", true, _ => new JsonObject { ["reason"] = BadRequest.Placeholder }),
            ("POST /api/dossiers/{code}/{action}", Desk, c => $"/api/dossiers/{c.Received}/transfer", "note", true, _ => new JsonObject { ["note"] = BadRequest.Placeholder }),
            ("POST /api/dossiers/{code}/{action}", Desk, c => $"/api/dossiers/{c.Received}/extend", "reason", true, c => new JsonObject { ["newDueAt"] = c.Now.AddDays(60).ToString("O"), ["reason"] = BadRequest.Placeholder }),
            ("POST /api/dossiers/{code}/{action}", Desk, c => $"/api/dossiers/{c.Received}/return", "receivedBy", false, _ => new JsonObject { ["receivedBy"] = BadRequest.Placeholder }),
            ("POST /api/dossiers/{code}/{action}", Leader, c => $"/api/dossiers/{c.InProgress}/assign", "assignee", false, _ => new JsonObject { ["assignee"] = BadRequest.Placeholder }),
            ("POST /api/dossiers/refusals", Desk, _ => "/api/dossiers/refusals", "reasons", true, c => c.ReceiptWith("reasons", BadRequest.Placeholder)),
            ("POST /api/admin/hand-overs", Admin, _ => "/api/admin/hand-overs", "officeCode", false, _ => new JsonObject { ["officeCode"] = BadRequest.Placeholder }),
            (Template, Admin, _ => ReceivedEmailTemplate, "subject", false, _ => new JsonObject { ["subject"] = BadRequest.Placeholder, ["body"] = "Hồ sơ {MaHoSo}", ["isActive"] = true }),
            (Template, Admin, _ => ReceivedEmailTemplate, "body", true, _ => new JsonObject { ["subject"] = "Hồ sơ {MaHoSo}", ["body"] = BadRequest.Placeholder, ["isActive"] = true }),
            ("POST /api/desk-guidance/", Desk, _ => "/api/desk-guidance", "items", true, c => Guidance(c, "items")),
            ("POST /api/desk-guidance/", Desk, _ => "/api/desk-guidance", "reasons", true, c => Guidance(c, "reasons")),
            ("POST /api/desk-guidance/", Desk, _ => "/api/desk-guidance", "procedureCode", false, c => Guidance(c, "procedureCode")),
            ("POST /api/dossiers/{code}/{action}", Specialist, c => $"/api/dossiers/{c.InProgress}/assess", "items", true, _ => new JsonObject { ["decision"] = "request-supplement", ["items"] = BadRequest.Placeholder, ["reason"] = "Bản sao chưa được chứng thực" }),
            (InboundRoute, Portal, _ => Inbound, "maHoSo", false, _ => OnlineRecord("maHoSo", BadRequest.Placeholder)),
            (InboundRoute, Portal, _ => Inbound, "chuHoSo", false, _ => OnlineRecord("chuHoSo", BadRequest.Placeholder)),
            (InboundRoute, Portal, _ => Inbound, "diaChi", false, _ => OnlineRecord("diaChi", BadRequest.Placeholder)),
            (InboundRoute, Portal, _ => Inbound, "trichYeuHoSo", true, _ => OnlineRecord("trichYeuHoSo", BadRequest.Placeholder)),
            (InboundRoute, Portal, _ => Inbound, "taiLieuNop[0].tenTepDinhKem", false, _ => OnlineRecord("tenTepDinhKem", BadRequest.Placeholder)),
            (OnlineDecision, Desk, c => $"/api/dossiers/{c.Received}/online/refusal", "reasons", true, _ => new JsonObject { ["reasons"] = BadRequest.Placeholder }),
            (OnlineDecision, Desk, c => $"/api/dossiers/{c.Received}/online/completion-request", "items", true, _ => new JsonObject { ["items"] = BadRequest.Placeholder, ["reasons"] = "Thiếu giấy tờ" }),
            ("POST /api/public/dossiers/{code}/files/", null, c => $"/api/public/dossiers/{c.Received}/files", "verify", false, _ => new JsonObject { ["verify"] = BadRequest.Placeholder }),
            ("POST /api/public/dossiers/{code}/files/{id:guid}", null, c => $"/api/public/dossiers/{c.Received}/files/{Guid.Empty}", "verify", false, _ => new JsonObject { ["verify"] = BadRequest.Placeholder }),
            // Population database lookups.
            (Lookups, Desk, _ => LookupsPath, "citizenId", false, _ => Lookup("citizenId", BadRequest.Placeholder)),
            (Lookups, Desk, _ => LookupsPath, "fullName", false, _ => Lookup("fullName", BadRequest.Placeholder)),
            (Lookups, Desk, _ => LookupsPath, "reason", false, _ => Lookup("reason", BadRequest.Placeholder)),
            (Lookups, Desk, _ => LookupsPath, "dossierCode", false, _ => Lookup("dossierCode", BadRequest.Placeholder)),
            (RateThroughLink, null, _ => "/api/public/evaluations/khong-co", "comment", true, _ => Evaluation("comment")),
            (RateThroughLink, null, _ => "/api/public/evaluations/khong-co", "overall", false, _ => Evaluation("overall")),
            (RateThroughLink, null, _ => "/api/public/evaluations/khong-co", "answers.1", false, _ => Evaluation("1")),
            (RateAtDesk, Desk, c => $"/api/dossiers/{c.Received}/evaluation", "comment", true, _ => Evaluation("comment")),
            (RateAtDesk, Desk, c => $"/api/dossiers/{c.Received}/evaluation", "answers.9", false, _ => Evaluation("9")),
            // Payments: validation comes before any lookup, so any well-formed id serves.
            ("POST /api/dossiers/{code}/payments/{id}/transfer", Desk, c => $"/api/dossiers/{c.Received}/payments/{Guid.Empty}/transfer", "reference", false, _ => new JsonObject { ["reference"] = BadRequest.Placeholder }),
            ("POST /api/dossiers/{code}/payments/{id}/refund", Leader, c => $"/api/dossiers/{c.Received}/payments/{Guid.Empty}/refund", "reason", true, _ => new JsonObject { ["reason"] = BadRequest.Placeholder }),
            ("POST /api/payments/paygov/callback", null, _ => "/api/payments/paygov/callback", "MaThamChieu", false, _ => PayGovCallback("MaThamChieu")),
            ("POST /api/payments/paygov/callback", null, _ => "/api/payments/paygov/callback", "ThongTinGiaoDich", false, _ => PayGovCallback("ThongTinGiaoDich")),
            ("POST /api/payments/paygov/callback", null, _ => "/api/payments/paygov/callback", "MaGiaoDich", false, _ => PayGovCallback("MaGiaoDich")),
        };
        foreach (var body in bodies)
        {
            foreach (var (name, value) in Values(body.MultiLine, inBody: true))
            {
                yield return new BadRequest($"{body.Route} {body.Field} {name} ({body.Path(Sample)})", body.Route, body.User, body.Path, c => BadRequest.Json(body.Template(c), value), 400, body.Field);
            }
        }

        string[] receiptFields =
        [
            "procedureCode", "procedureLevel", "applicant.fullName", "applicant.citizenId", "applicant.phone", "applicant.email", "applicant.address", "documents[0].name",
        ];
        foreach (var field in receiptFields.Append("note"))
        {
            foreach (var (name, value) in Values(multiLine: field == "note", inBody: true))
            {
                yield return Receipt($"{field} {name}", c => BadRequest.Json(c.ReceiptWith(field, BadRequest.Placeholder), value), field);
            }
        }

        foreach (var (channel, field) in new[] { ("sms", "phone"), ("email", "email") })
        {
            foreach (var (name, value) in Values(multiLine: false, inBody: true))
            {
                yield return Receipt(
                    $"notification.{field} {name}", c => BadRequest.Json(Notified(c, channel, field, BadRequest.Placeholder), value), $"notification.{field}");
            }
        }
    }

    /// <summary>A receipt whose citizen chose <paramref name="channel"/>, with <paramref name="field"/> (phone or email) set to <paramref name="value"/>.</summary>
    private static JsonObject Notified(BadInputContext context, string channel, string field, string value) =>
        context.ReceiptWith("notification", new JsonObject { ["channel"] = channel, [field] = value });

    /// <summary>A valid population database lookup with <paramref name="field"/> set to <paramref name="value"/> (null: left out).</summary>
    private static JsonObject Lookup(string field, JsonNode? value)
    {
        var body = new JsonObject
        {
            ["citizenId"] = "034090001234",
            ["fullName"] = "Nguyễn Văn Ấn",
            ["birthDate"] = "1990-05-01",
            ["reason"] = "Tiếp nhận hồ sơ thủ tục 1.001193",
        };
        if (value is null)
        {
            body.Remove(field);
        }
        else
        {
            body[field] = value;
        }

        return body;
    }

    /// <summary>A payment platform callback with <paramref name="field"/> (as the platform spells it) to be replaced by the bad value.</summary>
    private static JsonObject PayGovCallback(string field)
    {
        var body = new JsonObject
        {
            ["LoaiBanTin"] = "PAY", ["MaLoi"] = "00", ["MaDoiTac"] = "THAIBINH-MOTCUA", ["MaThamChieu"] = "dvc000131H54250602000100", ["SoTien"] = "75000",
            ["MaTienTe"] = "VND", ["MaGiaoDich"] = "PG00000001", ["MaNganHang"] = "PAYMENT", ["ThoiGianGD"] = "20250602100000",
            ["ThongTinGiaoDich"] = "THANH TOAN", ["MaXacThuc"] = new string('0', 64),
        };
        body[field] = BadRequest.Placeholder;
        return body;
    }

    /// <summary>A desk guidance body with <paramref name="field"/> to be replaced by the bad value.</summary>
    private static JsonObject Guidance(BadInputContext context, string field)
    {
        var body = new JsonObject
        {
            ["procedureCode"] = "1.001193",
            ["applicant"] = context.Receipt["applicant"]!.DeepClone(),
            ["items"] = "Tờ khai đăng ký khai sinh",
            ["reasons"] = "Thiếu tờ khai",
        };
        body[field] = BadRequest.Placeholder;
        return body;
    }

    /// <summary>A complete evaluation with <paramref name="field"/> (comment, overall, or an indicator's number) to be replaced by the bad value.</summary>
    private static JsonObject Evaluation(string field)
    {
        var answers = new JsonObject();
        foreach (var number in Enumerable.Range(1, 9))
        {
            answers[$"{number}"] = $"{number}" == field ? BadRequest.Placeholder : "a";
        }

        var body = new JsonObject { ["answers"] = answers, ["overall"] = "satisfied", ["comment"] = "Cán bộ nhiệt tình" };
        if (field is "comment" or "overall")
        {
            body[field] = BadRequest.Placeholder;
        }

        return body;
    }

    private static IEnumerable<BadRequest> TextInAddresses()
    {
        var addresses = new (string Route, string? User, string Field, Func<BadInputContext, string, string> Path)[]
        {
            ("GET /api/procedures", null, "search", (_, v) => $"/api/procedures?search={v}"),
            ("GET /api/procedures", null, "code", (_, v) => $"/api/procedures?code={v}"),
            ("GET /api/procedures", null, "level", (_, v) => $"/api/procedures?level={v}"),
            ("GET /api/units", null, "parentCode", (_, v) => $"/api/units?parentCode={v}"),
            ("GET /api/public/dossiers/{code}", null, "code", (_, v) => $"/api/public/dossiers/{v}"),
            ("GET /api/public/dossiers/{code}", null, "verify", (c, v) => $"/api/public/dossiers/{c.Received}?verify={v}"),
            ("GET /api/dossiers/", Desk, "procedureCode", (_, v) => $"/api/dossiers?procedureCode={v}"),
            ("GET /api/dossiers/{code}", Desk, "code", (_, v) => $"/api/dossiers/{v}"),
            ("GET /api/dossiers/{code}/moves", Desk, "code", (_, v) => $"/api/dossiers/{v}/moves"),
            ("POST /api/dossiers/{code}/{action}", Desk, "code", (_, v) => $"/api/dossiers/{v}/transfer"),
            ("GET /api/dossiers/{code}/forms/{form}.pdf", Desk, "code", (_, v) => $"/api/dossiers/{v}/forms/receipt.pdf"),
            ("GET /api/dossiers/{code}/forms/{form}.pdf", Desk, "form", (c, v) => $"/api/dossiers/{c.Received}/forms/{v}.pdf"),
            ("GET /api/desk-guidance/{id}/form.pdf", Desk, "id", (_, v) => $"/api/desk-guidance/{v}/form.pdf"),
            ("GET /api/offices/{officeCode}/ledger.pdf", Desk, "officeCode", (_, v) => $"/api/offices/{v}/ledger.pdf?from=2026-01-01&to=2026-01-31"),
            ("GET /api/supervision/overdue", Supervisor, "unitCode", (_, v) => $"/api/supervision/overdue?unitCode={v}"),
            ("GET /api/supervision/overdue", Supervisor, "officeCode", (_, v) => $"/api/supervision/overdue?officeCode={v}"),
            ("GET /api/supervision/overdue", Supervisor, "procedureCode", (_, v) => $"/api/supervision/overdue?procedureCode={v}"),
            ("GET /api/supervision/overdue", Supervisor, "level", (_, v) => $"/api/supervision/overdue?level={v}"),
            ("GET /api/supervision/units/{unitCode}/summary", Supervisor, "unitCode", (_, v) => $"/api/supervision/units/{v}/summary"),
            ("GET /api/reports/processing", Supervisor, "unitCode", (_, v) => $"/api/reports/processing?from=2026-01-01&to=2026-01-31&unitCode={v}"),
            ("GET /api/admin/outbox/deliveries", Admin, "channel", (_, v) => $"/api/admin/outbox/deliveries?channel={v}"),
            ("POST /api/admin/outbox/deliveries/{id}/retry", Admin, "id", (_, v) => $"/api/admin/outbox/deliveries/{v}/retry"),
            ("GET /api/dossiers/{code}/files/", Desk, "code", (_, v) => $"/api/dossiers/{v}/files"),
            ("GET /api/dossiers/{code}/files/{id:guid}", Desk, "code", (_, v) => $"/api/dossiers/{v}/files/{Guid.Empty}"),
            (LookupLog, Admin, "citizenId", (_, v) => $"/api/admin/population-lookups?citizenId={v}"),
            ("GET /api/public/evaluations/{token}", null, "token", (_, v) => $"/api/public/evaluations/{v}"),
            (RateThroughLink, null, "token", (_, v) => $"/api/public/evaluations/{v}"),
            (RateAtDesk, Desk, "code", (_, v) => $"/api/dossiers/{v}/evaluation"),
            ("GET /api/dossiers/{code}/evaluation", Supervisor, "code", (_, v) => $"/api/dossiers/{v}/evaluation"),
            (EvaluationReport, Supervisor, "unitCode", (_, v) => $"/api/reports/evaluations?year=2026&unitCode={v}"),
            ("GET /api/dossiers/{code}/payments/", Desk, "code", (_, v) => $"/api/dossiers/{v}/payments"),
            ("POST /api/dossiers/{code}/payments/", Specialist, "code", (_, v) => $"/api/dossiers/{v}/payments"),
            ("POST /api/dossiers/{code}/payments/{id}/online", Desk, "code", (_, v) => $"/api/dossiers/{v}/payments/{Guid.Empty}/online"),
            ("POST /api/dossiers/{code}/payments/{id}/online", Desk, "id", (c, v) => $"/api/dossiers/{c.Received}/payments/{v}/online"),
            ("POST /api/dossiers/{code}/payments/{id}/cash", Desk, "code", (_, v) => $"/api/dossiers/{v}/payments/{Guid.Empty}/cash"),
            ("POST /api/dossiers/{code}/payments/{id}/cash", Desk, "id", (c, v) => $"/api/dossiers/{c.Received}/payments/{v}/cash"),
        };
        foreach (var address in addresses)
        {
            // NUL in a path segment never reaches the application: Kestrel answers 400 itself and the
            // test client refuses to send it. In a query string it does reach it.
            var sample = address.Path(Sample, "@");
            var inPath = !sample.Contains('?', StringComparison.Ordinal) || sample.IndexOf('@', StringComparison.Ordinal) < sample.IndexOf('?', StringComparison.Ordinal);
            foreach (var (name, value) in Values(multiLine: false, inBody: false).Where(v => !inPath || !v.Value.Contains('\0', StringComparison.Ordinal)))
            {
                yield return new BadRequest(
                    $"{address.Route} {address.Field} {name}", address.Route, address.User, c => address.Path(c, Uri.EscapeDataString(value)), null, 400, address.Field);
            }
        }
    }

    private static IEnumerable<BadRequest> Dates()
    {
        string[] days = ["0001-01-01", "9999-12-31", "1900-12-31", "2200-01-01"];
        var dayFields = new (string Route, string? User, string Field, Func<string, string> Path)[]
        {
            ("GET /api/dossiers/", Desk, "receivedFrom", d => $"/api/dossiers?receivedFrom={d}"),
            ("GET /api/dossiers/", Desk, "receivedTo", d => $"/api/dossiers?receivedTo={d}"),
            ("GET /api/procedures", null, "on", d => $"/api/procedures?on={d}"),
            ("GET /api/units", null, "on", d => $"/api/units?on={d}"),
            ("GET /api/reports/processing", Supervisor, "from", d => $"/api/reports/processing?from={d}&to=2026-01-31"),
            ("GET /api/reports/processing", Supervisor, "to", d => $"/api/reports/processing?from=2026-01-01&to={d}"),
            ("GET /api/offices/{officeCode}/ledger.pdf", Desk, "from", d => $"/api/offices/{DeskOffice}/ledger.pdf?from={d}&to=2026-01-31"),
            ("GET /api/offices/{officeCode}/ledger.pdf", Desk, "to", d => $"/api/offices/{DeskOffice}/ledger.pdf?from=2026-01-01&to={d}"),
            (LookupLog, Admin, "from", d => $"/api/admin/population-lookups?from={d}"),
            (LookupLog, Admin, "to", d => $"/api/admin/population-lookups?to={d}"),
        };
        foreach (var field in dayFields)
        {
            foreach (var day in days)
            {
                yield return new BadRequest($"{field.Route} {field.Field} {day}", field.Route, field.User, _ => field.Path(day), null, 400, field.Field);
            }

            yield return new BadRequest($"{field.Route} {field.Field} not-a-day", field.Route, field.User, _ => field.Path("2026-02-30"), null, 400, field.Field);
        }

        foreach (var day in days)
        {
            yield return new BadRequest(
                $"PUT /api/calendar/days/{{date}} date {day}", "PUT /api/calendar/days/{date}", Admin, _ => $"/api/calendar/days/{day}",
                _ => BadRequest.Raw("""{"kind":"holiday","name":"Nghỉ bù","reason":"Thông báo số 1"}"""), 400, "date");
            yield return Receipt($"birthDate {day}", c => BadRequest.Json(c.ReceiptWith("applicant.birthDate", BadRequest.Placeholder), day), "applicant.birthDate");
            yield return new BadRequest($"{Lookups} birthDate {day}", Lookups, Desk, _ => LookupsPath, _ => BadRequest.Json(Lookup("birthDate", BadRequest.Placeholder), day), 400, "birthDate");
        }

        // Instants: the first three parse but lie outside the calendar; the last two cannot be read at all.
        string[] instants = ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1900-06-01T08:00:00+07:00", "0001-01-01T00:00:00+07:00", "2026-02-30T08:00:00+07:00"];
        foreach (var instant in instants)
        {
            yield return new BadRequest(
                $"GET /api/calendar/deadline from {instant}", "GET /api/calendar/deadline", null,
                _ => $"/api/calendar/deadline?from={Uri.EscapeDataString(instant)}&workingDays=3", null, 400, "from");
            yield return new BadRequest(
                $"POST /api/dossiers/{{code}}/extend newDueAt {instant}", "POST /api/dossiers/{code}/{action}", Desk, c => $"/api/dossiers/{c.Received}/extend",
                _ => BadRequest.Json(new JsonObject { ["newDueAt"] = BadRequest.Placeholder, ["reason"] = "Cần xác minh thêm" }, instant), 400, "newDueAt");
        }

        foreach (var year in new[] { "0", "1", "1900", "2200", "9999", "-2026" })
        {
            yield return new BadRequest($"GET /api/calendar/{{year}} {year}", "GET /api/calendar/{year:int}", null, _ => $"/api/calendar/{year}", null, 400, "year");
        }
    }

    private static IEnumerable<BadRequest> UnknownValues()
    {
        var values = new (string Route, string? User, string Field, string Path)[]
        {
            ("GET /api/procedures", null, "level", "/api/procedures?level=planet"),
            ("GET /api/procedures", null, "level", "/api/procedures?level=Province"),
            ("GET /api/supervision/overdue", Supervisor, "level", "/api/supervision/overdue?level=planet"),
            ("GET /api/supervision/overdue", Supervisor, "includeDescendants", "/api/supervision/overdue?includeDescendants=maybe"),
            ("GET /api/supervision/overdue", Supervisor, "dueSoon", "/api/supervision/overdue?dueSoon=2"),
            ("GET /api/supervision/overdue", Supervisor, "limit", "/api/supervision/overdue?limit=0"),
            ("GET /api/supervision/overdue", Supervisor, "limit", "/api/supervision/overdue?limit=99999999999"),
            ("GET /api/supervision/overdue", Supervisor, "after", "/api/supervision/overdue?after=bm90LWEtY3Vyc29y"),
            ("GET /api/supervision/overdue", Supervisor, "after", $"/api/supervision/overdue?after={Cursor("99999999999999999999|x")}"),
            ("GET /api/supervision/overdue", Supervisor, "after", $"/api/supervision/overdue?after={Cursor("3155378976000000000|x")}"),
            ("GET /api/supervision/overdue", Supervisor, "after", $"/api/supervision/overdue?after={Cursor("638000000000000000|a\0b")}"),
            ("GET /api/dossiers/", Desk, "status", "/api/dossiers?status=planet"),
            ("GET /api/dossiers/", Desk, "status", "/api/dossiers?status=99"),
            ("GET /api/dossiers/", Desk, "status", "/api/dossiers?status=InProgress,Received"),
            ("GET /api/dossiers/", Desk, "step", "/api/dossiers?step=fly"),
            ("GET /api/dossiers/", Desk, "scope", "/api/dossiers?scope=everything"),
            ("GET /api/dossiers/", Desk, "assignee", "/api/dossiers?assignee=you"),
            ("GET /api/dossiers/", Desk, "overdue", "/api/dossiers?overdue=planet"),
            ("GET /api/dossiers/", Desk, "dueSoon", "/api/dossiers?dueSoon=planet"),
            ("GET /api/dossiers/", Desk, "limit", "/api/dossiers?limit=-1"),
            ("GET /api/dossiers/", Desk, "limit", "/api/dossiers?limit=1e3"),
            ("GET /api/dossiers/", Desk, "after", $"/api/dossiers?after={Cursor("-99999999999999999|x")}"),
            ("GET /api/dossiers/", Desk, "after", "/api/dossiers?after=%25%25%25"),
            ("GET /api/dossiers/", Desk, "receivedTo", "/api/dossiers?receivedFrom=2026-02-01&receivedTo=2026-01-01"),
            ("GET /api/reports/processing", Supervisor, "groupBy", "/api/reports/processing?from=2026-01-01&to=2026-01-31&groupBy=planet"),
            ("GET /api/reports/processing", Supervisor, "groupBy", "/api/reports/processing?from=2026-01-01&to=2026-01-31&groupBy=1"),
            ("GET /api/reports/processing", Supervisor, "to", "/api/reports/processing?from=2025-01-01&to=2026-06-30"),
            ("GET /api/reports/processing", Supervisor, "from", "/api/reports/processing?to=2026-01-31"),
            ("GET /api/calendar/deadline", null, "limit", "/api/calendar/deadline?from=2026-01-05T08:00:00%2B07:00&workingDays=3&workingHours=4"),
            ("GET /api/calendar/deadline", null, "workingDays", "/api/calendar/deadline?from=2026-01-05T08:00:00%2B07:00&workingDays=0"),
            ("GET /api/calendar/deadline", null, "workingDays", "/api/calendar/deadline?from=2026-01-05T08:00:00%2B07:00&workingDays=99999999999"),
            ("GET /api/calendar/deadline", null, "workingHours", "/api/calendar/deadline?from=2026-01-05T08:00:00%2B07:00&workingHours=-8"),
            ("GET /api/calendar/deadline", null, "sameDay", "/api/calendar/deadline?from=2026-01-05T08:00:00%2B07:00&sameDay=perhaps"),
            ("GET /api/admin/outbox/deliveries", Admin, "state", "/api/admin/outbox/deliveries?state=planet"),
            ("GET /api/admin/outbox/deliveries", Admin, "state", "/api/admin/outbox/deliveries?state=Dead"),
            ("GET /api/admin/outbox/deliveries", Admin, "page", "/api/admin/outbox/deliveries?page=0"),
            ("GET /api/admin/outbox/deliveries", Admin, "page", "/api/admin/outbox/deliveries?page=two"),
            ("GET /api/admin/outbox/deliveries", Admin, "pageSize", "/api/admin/outbox/deliveries?pageSize=201"),
            ("GET /api/admin/outbox/deliveries", Admin, "pageSize", "/api/admin/outbox/deliveries?pageSize=99999999999"),
            ("POST /api/admin/outbox/deliveries/{id}/retry", Admin, "id", "/api/admin/outbox/deliveries/not-a-guid/retry"),
            ("POST /api/admin/outbox/deliveries/{id}/retry", Admin, "id", "/api/admin/outbox/deliveries/12345/retry"),
            (LookupLog, Admin, "citizenId", "/api/admin/population-lookups?citizenId=12345"),
            (LookupLog, Admin, "to", "/api/admin/population-lookups?from=2026-02-01&to=2026-01-01"),
            (LookupLog, Admin, "page", "/api/admin/population-lookups?page=0"),
            (LookupLog, Admin, "pageSize", "/api/admin/population-lookups?pageSize=201"),
            (LookupLog, Admin, "pageSize", "/api/admin/population-lookups?pageSize=many"),
            (EvaluationReport, Supervisor, "year", "/api/reports/evaluations"),
            (EvaluationReport, Supervisor, "year", "/api/reports/evaluations?year=2017"),
            (EvaluationReport, Supervisor, "year", "/api/reports/evaluations?year=hai-nghin"),
            (EvaluationReport, Supervisor, "year", "/api/reports/evaluations?year=99999999999"),
            (EvaluationReport, Supervisor, "quarter", "/api/reports/evaluations?year=2026&quarter=5"),
            (EvaluationReport, Supervisor, "quarter", "/api/reports/evaluations?year=2026&quarter=0"),
            (EvaluationReport, Supervisor, "by", "/api/reports/evaluations?year=2026&by=planet"),
            (EvaluationReport, Supervisor, "by", "/api/reports/evaluations?year=2026&by=1"),
        };
        foreach (var value in values)
        {
            yield return new BadRequest($"{value.Route} {value.Field} ({value.Path})", value.Route, value.User, _ => value.Path, null, 400, value.Field);
        }

        var receipt = new (string Field, string Value)[]
        {
            ("procedureLevel", "planet"), ("channel", "Online2"), ("channel", "1"), ("resultDelivery", "drone"), ("resultDelivery", "0"),
        };
        foreach (var (field, value) in receipt)
        {
            yield return Receipt($"{field} {value}", c => BadRequest.Json(c.ReceiptWith(field, BadRequest.Placeholder), value), field);
        }

        var notifications = new (string Name, string Channel, string Field, string Value)[]
        {
            ("channel fax", "fax", "phone", "0912345678"),
            ("sms to a landline", "sms", "phone", "02273831234"),
            ("zalo to a short number", "zalo", "phone", "091234567"),
            ("sms without a number", "sms", "email", "an@example.vn"),
            ("email to no address", "email", "email", "an@"),
        };
        foreach (var notification in notifications)
        {
            var field = notification.Name.StartsWith("channel", StringComparison.Ordinal) ? "notification.channel"
                : notification.Channel == "email" ? "notification.email" : "notification.phone";
            yield return Receipt($"notification {notification.Name}", c => BadRequest.Json(Notified(c, notification.Channel, notification.Field, BadRequest.Placeholder), notification.Value), field);
        }

        var templates = new (string Name, string Path, string Body, string Field)[]
        {
            ("unknown placeholder", ReceivedEmailTemplate, """{"subject":"Hồ sơ {MaHoSo}","body":"Hẹn trả {NgayHenTraMoi}","isActive":true}""", "body"),
            ("email without a subject", ReceivedEmailTemplate, """{"body":"Hồ sơ {MaHoSo}","isActive":true}""", "subject"),
            ("sms with a subject", "/api/admin/notice-templates/dossier.received/sms", """{"subject":"Tiêu đề","body":"Ho so {MaHoSo}","isActive":true}""", "subject"),
            ("sms over two segments", "/api/admin/notice-templates/dossier.received/sms", $$"""{"body":"{{new string('x', 280)}} {MaHoSo} {NgayHenTra}","isActive":true}""", "body"),
            ("no isActive", ReceivedEmailTemplate, """{"subject":"Hồ sơ {MaHoSo}","body":"Hồ sơ {MaHoSo}"}""", "isActive"),
        };
        var lookups = new (string Name, string Field, JsonNode? Value, string Error)[]
        {
            ("citizenId short", "citizenId", "12345", "citizenId"),
            ("citizenId of no province", "citizenId", "099090001234", "citizenId"),
            ("citizenId letters", "citizenId", "03409000123A", "citizenId"),
            ("citizenId absent", "citizenId", null, "citizenId"),
            ("citizenId of another birth year", "birthDate", "1991-05-01", "citizenId"),
            ("fullName absent", "fullName", null, "fullName"),
            ("fullName blank", "fullName", "   ", "fullName"),
            ("fullName too long", "fullName", new string('A', 201), "fullName"),
            ("birthDate absent", "birthDate", null, "birthDate"),
            ("birthDate text", "birthDate", "01/05/1990", "birthDate"),
            ("reason absent", "reason", null, "reason"),
            ("reason too long", "reason", new string('x', 501), "reason"),
            ("citizenId number", "citizenId", 34090001234L, "citizenId"),
        };
        foreach (var lookup in lookups)
        {
            yield return new BadRequest($"{Lookups} {lookup.Name}", Lookups, Desk, _ => LookupsPath, _ => BadRequest.Raw(Lookup(lookup.Field, lookup.Value).ToJsonString()), 400, lookup.Error);
        }

        foreach (var template in templates)
        {
            yield return new BadRequest($"{Template} {template.Name}", Template, Admin, _ => template.Path, _ => BadRequest.Raw(template.Body), 400, template.Field);
        }

        var moves = new (string User, string Action, string Body, string Field)[]
        {
            (Desk, "fly", "{}", "action"),
            (Desk, "Transfer", "{}", "action"),
            (Specialist, "assess", """{"decision":"maybe"}""", "decision"),
            (Leader, "approve", """{"decision":"yes"}""", "decision"),
            (Desk, "withdraw", """{"reason":"   "}""", "reason"),
            (Desk, "extend", """{"reason":"Cần xác minh"}""", "newDueAt"),
            (Desk, "withdraw", $$"""{"reason":"{{new string('x', 5000)}}"}""", "reason"),
        };
        foreach (var move in moves)
        {
            yield return new BadRequest(
                $"POST /api/dossiers/{{code}}/{move.Action} {move.Field} {move.Body[..Math.Min(40, move.Body.Length)]}", "POST /api/dossiers/{code}/{action}", move.User,
                c => $"/api/dossiers/{c.Received}/{move.Action}", _ => BadRequest.Raw(move.Body), 400, move.Field);
        }

        yield return new BadRequest(
            "PUT /api/calendar/days/{date} kind planet", "PUT /api/calendar/days/{date}", Admin, _ => "/api/calendar/days/2026-12-28",
            _ => BadRequest.Raw("""{"kind":"planet","name":"Nghỉ bù","reason":"Thông báo số 1"}"""), 400, "kind");
        yield return new BadRequest(
            "PUT /api/calendar/days/{date} working saturday on a monday", "PUT /api/calendar/days/{date}", Admin, _ => "/api/calendar/days/2026-12-28",
            _ => BadRequest.Raw("""{"kind":"working_saturday","name":"Làm bù","reason":"Thông báo số 1"}"""), 400, "kind");
    }

    private static IEnumerable<BadRequest> Shapes()
    {
        var receipts = new (string Name, Func<BadInputContext, JsonNode?> Edit, string Field)[]
        {
            ("documents [null]", c => c.ReceiptWith("documents", new JsonArray((JsonNode?)null)), "documents[0]"),
            ("documents [valid, null]", c => c.ReceiptWith("documents", new JsonArray(c.Receipt["documents"]![0]!.DeepClone(), null)), "documents[1]"),
            ("documents null", c => c.ReceiptWith("documents", null), "documents"),
            ("documents []", c => c.ReceiptWith("documents", new JsonArray()), "documents"),
            ("documents [{}]", c => c.ReceiptWith("documents", new JsonArray(new JsonObject())), "documents[0].name"),
            ("documents [{name:null}]", c => c.ReceiptWith("documents", new JsonArray(new JsonObject { ["name"] = null })), "documents[0].name"),
            ("documents copies 0", c => c.ReceiptWith("documents[0].copies", 0), "documents[0].copies"),
            ("documents copies overflow", c => c.ReceiptWith("documents[0].copies", 2147483648L), "documents[0].copies"),
            ("documents copies text", c => c.ReceiptWith("documents[0].copies", "hai"), "documents[0].copies"),
            ("documents object", c => c.ReceiptWith("documents", new JsonObject { ["name"] = "x" }), "documents"),
            ("applicant null", c => c.ReceiptWith("applicant", null), "applicant"),
            ("applicant array", c => c.ReceiptWith("applicant", new JsonArray(1)), "applicant"),
            ("applicant fullName null", c => c.ReceiptWith("applicant.fullName", null), "applicant.fullName"),
            ("applicant fullName number", c => c.ReceiptWith("applicant.fullName", 42), "applicant.fullName"),
            ("applicant birthDate text", c => c.ReceiptWith("applicant.birthDate", "01/05/1990"), "applicant.birthDate"),
            ("procedureCode array", c => c.ReceiptWith("procedureCode", new JsonArray("1.001193")), "procedureCode"),
            ("procedureCode too long", c => c.ReceiptWith("procedureCode", new string('1', 300)), "procedureCode"),
            ("applicant fullName too long", c => c.ReceiptWith("applicant.fullName", new string('A', 201)), "applicant.fullName"),
            ("populationLookupId not an id", c => c.ReceiptWith("populationLookupId", "xac-thuc-1"), "populationLookupId"),
        };
        foreach (var receipt in receipts)
        {
            yield return Receipt(receipt.Name, c => BadRequest.Raw(receipt.Edit(c)!.ToJsonString()), receipt.Field);
        }

        // Duplicated keys: the last one would otherwise win silently (a second password signs in).
        var duplicates = new (string Route, string? User, Func<BadInputContext, string> Path, Func<BadInputContext, string> Json, string Field)[]
        {
            ("POST /api/auth/token", null, _ => "/api/auth/token", _ => """{"username":"tinh.tiepnhan","password":"sai-mat-khau","password":"MotCua@2026"}""", "password"),
            ("POST /api/auth/token", null, _ => "/api/auth/token", _ => """{"username":"khong-co","username":"huyen.tiepnhan","password":"MotCua@2026"}""", "username"),
            ("POST /api/dossiers/", Desk, _ => "/api/dossiers", c => DuplicateFirstKey(c.Receipt.ToJsonString(), "procedureCode", "\"2.000488\""), "procedureCode"),
            ("POST /api/dossiers/", Desk, _ => "/api/dossiers", c => DuplicateFirstKey(c.Receipt.ToJsonString(), "fullName", "\"Trần Văn B\""), "applicant.fullName"),
            ("PUT /api/calendar/days/{date}", Admin, _ => "/api/calendar/days/2026-12-28", _ => """{"kind":"holiday","kind":"working_day","name":"Nghỉ bù","reason":"Thông báo số 1"}""", "kind"),
            ("POST /api/dossiers/{code}/{action}", Desk, c => $"/api/dossiers/{c.Received}/withdraw", _ => """{"reason":"Công dân xin rút","reason":"Lý do khác"}""", "reason"),
            (Lookups, Desk, _ => LookupsPath, _ => DuplicateFirstKey(Lookup("citizenId", "034090001234").ToJsonString(), "citizenId", "\"034190001234\""), "citizenId"),
        };
        foreach (var duplicate in duplicates)
        {
            yield return new BadRequest(
                $"{duplicate.Route} duplicated {duplicate.Field}", duplicate.Route, duplicate.User, duplicate.Path, c => BadRequest.Raw(duplicate.Json(c)), 400, duplicate.Field);
        }

        // Not JSON, or not the JSON object the endpoint reads.
        var bodies = new (string Route, string? User, Func<BadInputContext, string> Path)[]
        {
            ("POST /api/auth/token", null, _ => "/api/auth/token"),
            ("POST /api/dossiers/", Desk, _ => "/api/dossiers"),
            ("PUT /api/calendar/days/{date}", Admin, _ => "/api/calendar/days/2026-12-28"),
            ("POST /api/dossiers/{code}/{action}", Desk, c => $"/api/dossiers/{c.Received}/transfer"),
            (InboundRoute, Portal, _ => Inbound),
            (OnlineDecision, Desk, c => $"/api/dossiers/{c.Received}/online/refusal"),
            (Lookups, Desk, _ => LookupsPath),
        };
        string[] broken = ["{", "[]", "\"văn bản\"", "42", "{\"procedureCode\":\"1.001193\"} trailing", "{'username':'admin'}", "{\"a\":\"\\ud800\\x\"}"];
        foreach (var body in bodies)
        {
            foreach (var json in broken)
            {
                yield return new BadRequest($"{body.Route} body {json}", body.Route, body.User, body.Path, _ => BadRequest.Raw(json), 400, null);
            }

            yield return new BadRequest(
                $"{body.Route} body as text/plain", body.Route, body.User, body.Path, _ => new StringContent("{}", Encoding.UTF8, "text/plain"), 415, null);
        }

        // Uploads: multipart/form-data, the fields before the file part; nothing may reach the store.
        var uploads = new (string Name, Func<BadInputContext, HttpContent?> Body, string Field)[]
        {
            ("no body", _ => null, "file"),
            ("json body", _ => BadRequest.Raw("{}"), "file"),
            ("role planet", c => Upload("planet", FirstDocument(c), "%PDF-1.7 x", "a.pdf"), "role"),
            ("role missing", c => Upload(null, FirstDocument(c), "%PDF-1.7 x", "a.pdf"), "role"),
            ("document missing", _ => Upload("submitted", null, "%PDF-1.7 x", "a.pdf"), "document"),
            ("document not of the dossier", _ => Upload("submitted", "Giấy phép lái xe", "%PDF-1.7 x", "a.pdf"), "document"),
            ("document too long", _ => Upload("submitted", new string('x', 2001), "%PDF-1.7 x", "a.pdf"), "document"),
            ("no file part", c => Upload("submitted", FirstDocument(c), null, null), "file"),
            ("path traversal name", c => Upload("submitted", FirstDocument(c), "%PDF-1.7 x", "../../etc/passwd.pdf"), "file"),
            ("backslash path name", c => Upload("submitted", FirstDocument(c), "%PDF-1.7 x", "..\\boot.ini.pdf"), "file"),
            ("zip named pdf", c => Upload("submitted", FirstDocument(c), "PK\u0003\u0004 zip", "a.pdf"), "file"),
            ("text named pdf", c => Upload("submitted", FirstDocument(c), "Xin chào", "a.pdf"), "file"),
            ("empty file", c => Upload("submitted", FirstDocument(c), string.Empty, "a.pdf"), "file"),
            ("digitised maybe", c => Upload("submitted", FirstDocument(c), "%PDF-1.7 x", "a.pdf", ("digitised", "maybe")), "digitised"),
            ("reused 2", c => Upload("submitted", FirstDocument(c), "%PDF-1.7 x", "a.pdf", ("reused", "2")), "reused"),
        };
        foreach (var upload in uploads)
        {
            yield return new BadRequest(
                $"POST /api/dossiers/{{code}}/files/ {upload.Name}", "POST /api/dossiers/{code}/files/", Desk, c => $"/api/dossiers/{c.Received}/files", upload.Body, 400, upload.Field);
        }

        foreach (var (name, value) in Values(multiLine: false, inBody: false))
        {
            yield return new BadRequest(
                $"POST /api/dossiers/{{code}}/files/ document {name}", "POST /api/dossiers/{code}/files/", Desk, c => $"/api/dossiers/{c.Received}/files",
                _ => Upload("submitted", value, "%PDF-1.7 x", "a.pdf"), 400, "document");
        }

        yield return new BadRequest(
            "POST /api/public/dossiers/{code}/files/{id:guid} wrong digits", "POST /api/public/dossiers/{code}/files/{id:guid}", null,
            c => $"/api/public/dossiers/{c.Received}/files/{Guid.Empty}", _ => BadRequest.Raw("""{"verify":"12ab"}"""), 400, "verify");
    }

    private static IEnumerable<BadRequest> Sizes()
    {
        var big = Encoding.UTF8.GetBytes($$"""{"username":"admin","password":"{{new string('x', 1_100_000)}}"}""");
        var bodies = new (string Route, string? User, string Path)[]
        {
            ("POST /api/auth/token", null, "/api/auth/token"),
            ("POST /api/dossiers/", Desk, "/api/dossiers"),
            ("PUT /api/calendar/days/{date}", Admin, "/api/calendar/days/2026-12-28"),
        };
        foreach (var body in bodies)
        {
            yield return new BadRequest($"{body.Route} 1.1 MB announced", body.Route, body.User, _ => body.Path, _ => new ByteArrayContent(big) { Headers = { { "Content-Type", "application/json" } } }, 413, null);
            yield return new BadRequest($"{body.Route} 1.1 MB chunked", body.Route, body.User, _ => body.Path, _ => new UnannouncedLengthContent(big), 413, null);
        }

        // An upload announcing more than the file limit and the multipart envelope (the test host allows 2 MiB files).
        var bigUpload = new byte[4 * 1024 * 1024];
        yield return new BadRequest(
            "POST /api/dossiers/{code}/files/ 4 MB announced", "POST /api/dossiers/{code}/files/", Desk, c => $"/api/dossiers/{c.Received}/files",
            _ => new ByteArrayContent(bigUpload) { Headers = { { "Content-Type", "multipart/form-data; boundary=x" } } }, 413, null);
    }

    /// <summary>A token that is not one: refused as not signed in, in Vietnamese.</summary>
    private static IEnumerable<BadRequest> Tokens()
    {
        string[] tokens = ["not-a-jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.", "a\u0001b"];
        foreach (var token in tokens)
        {
            yield return new BadRequest($"GET /api/auth/me bearer {token}", "GET /api/auth/me", "bearer:" + token, _ => "/api/auth/me", null, 401, null);
            yield return new BadRequest(
                $"GET /api/admin/notice-templates/ bearer {token}", "GET /api/admin/notice-templates/", "bearer:" + token, _ => "/api/admin/notice-templates", null, 401, null);
        }

        // The portal is known by its shared token only: none, another, or an officer's sign-in is refused before the body is read.
        yield return new BadRequest($"{InboundRoute} no token", InboundRoute, null, _ => Inbound, _ => BadRequest.Raw(OnlineRecord("maHoSo", "DVCQG-1").ToJsonString()), 401, null);
        yield return new BadRequest($"{InboundRoute} wrong token", InboundRoute, PortalTokenPrefix + "khong-dung", _ => Inbound, _ => BadRequest.Raw("{"), 401, null);
        yield return new BadRequest($"{InboundRoute} officer", InboundRoute, Desk, _ => Inbound, _ => BadRequest.Raw(OnlineRecord("maHoSo", "DVCQG-1").ToJsonString()), 401, null);
        var online = new (string Name, string Field, JsonNode? Value)[]
        {
            ("ngayNopHoSo not a portal date", "ngayNopHoSo", "2025-06-02T08:00:00"),
            ("ngaySinh not a day", "ngaySinh", "19901301"),
            ("soGiayToChuHoSo not a CCCD", "soGiayToChuHoSo", "12345"),
            ("maHoSo with a slash", "maHoSo", "DVCQG/../1"),
            ("taiLieuNop empty", "taiLieuNop", new JsonArray()),
            ("taiLieuNop [null]", "taiLieuNop[0]", new JsonArray((JsonNode?)null)),
            ("duongDanTaiTepTin elsewhere", "taiLieuNop[0].duongDanTaiTepTin", "file:///etc/passwd"),
            ("maTTHC missing", "maTTHC", null),
        };
        foreach (var (caseName, field, value) in online)
        {
            yield return new BadRequest($"{InboundRoute} {caseName}", InboundRoute, Portal, _ => Inbound, _ => BadRequest.Raw(OnlineRecord(field, value).ToJsonString()), 400, field);
        }

        yield return new BadRequest($"{OnlineDecision} decision fly", OnlineDecision, Desk, c => $"/api/dossiers/{c.Received}/online/fly", _ => BadRequest.Raw("{}"), 400, "decision");
        yield return new BadRequest($"{OnlineDecision} refusal without reasons", OnlineDecision, Desk, c => $"/api/dossiers/{c.Received}/online/refusal", _ => BadRequest.Raw("{}"), 400, "reasons");

        // The outbox's counts take no input: what it refuses is an officer who is not an admin.
        yield return new BadRequest("GET /api/admin/outbox/ not an admin", "GET /api/admin/outbox/", Desk, _ => "/api/admin/outbox", null, 403, null);
    }

    private static BadRequest Receipt(string name, Func<BadInputContext, HttpContent> body, string field) =>
        new($"POST /api/dossiers/ {name}", "POST /api/dossiers/", Desk, _ => "/api/dossiers", body, 400, field);

    /// <summary>
    /// A dossier as the portal hands it in, with <paramref name="field"/> (a record field, or the file's
    /// tenTepDinhKem / duongDanTaiTepTin, or taiLieuNop itself) set to <paramref name="value"/>.
    /// </summary>
    private static JsonObject OnlineRecord(string field, JsonNode? value)
    {
        var file = new JsonObject
        {
            ["tepDinhKemId"] = "1",
            ["tenTepDinhKem"] = "don.pdf",
            ["tenThanhPhanHoSo"] = "Giấy đề nghị đăng ký hộ kinh doanh",
            ["duongDanTaiTepTin"] = "http://127.0.0.1:9/dvcqg/_sim/files/1",
        };
        var record = new JsonObject
        {
            ["maHoSo"] = "DVCQG-2506-9999",
            ["maTTHC"] = "1.001612",
            ["maDonViTiepNhan"] = DeskOffice,
            ["chuHoSo"] = "Nguyễn Văn Ấn",
            ["soGiayToChuHoSo"] = "034090001234",
            ["ngaySinh"] = "19900501",
            ["ngayNopHoSo"] = "20250602080000",
            ["taiLieuNop"] = new JsonArray(file),
        };
        var target = field is "tenTepDinhKem" or "taiLieuNop[0].duongDanTaiTepTin" ? file : record;
        var key = field.Split('.')[^1];
        target[key.Contains('[', StringComparison.Ordinal) ? key[..key.IndexOf('[', StringComparison.Ordinal)] : key] = value;
        return record;
    }

    private static string Cursor(string raw) => Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)));

    private static string DuplicateFirstKey(string json, string key, string otherValue)
    {
        var at = json.IndexOf($"\"{key}\":", StringComparison.Ordinal);
        return json.Insert(at, $"\"{key}\":{otherValue},");
    }

    /// <summary>An upload form: the fields (a null one left out), then the file part unless <paramref name="content"/> is null.</summary>
    private static MultipartFormDataContent Upload(string? role, string? document, string? content, string? fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        if (role is not null)
        {
            form.Add(new StringContent(role), "role");
        }

        if (document is not null)
        {
            form.Add(new StringContent(document), "document");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (content is not null)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", fileName!);
        }

        return form;
    }

    private static string FirstDocument(BadInputContext context) => context.Receipt["documents"]![0]!["name"]!.GetValue<string>();
}
