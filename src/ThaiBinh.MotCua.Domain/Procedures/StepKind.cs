namespace ThaiBinh.MotCua.Domain.Procedures;

/// <summary>The kinds of step an electronic process (quy trình điện tử) is made of.</summary>
public enum StepKind
{
    /// <summary>Tiếp nhận at the one-stop desk.</summary>
    Receive,

    /// <summary>Thẩm định by a specialist of the processing office.</summary>
    Assess,

    /// <summary>Thẩm tra, xác minh or lấy ý kiến at another agency.</summary>
    Verify,

    /// <summary>Phê duyệt by a leader.</summary>
    Approve,

    /// <summary>Trả kết quả at the desk.</summary>
    Return,
}

public static class StepKindExtensions
{
    /// <summary>The step's Vietnamese name, as forms and screens write it.</summary>
    public static string Label(this StepKind kind) => kind switch
    {
        StepKind.Receive => "Tiếp nhận",
        StepKind.Assess => "Thẩm định",
        StepKind.Verify => "Thẩm tra, xác minh",
        StepKind.Approve => "Phê duyệt",
        _ => "Trả kết quả",
    };
}
