namespace ThaiBinh.MotCua.Domain.Evaluations;

/// <summary>An officer's result on TT 01/2018 Art. 15's scale: the share of tasks held done.</summary>
public enum OfficerGrade
{
    /// <summary>Total ≥ 5: 100 % of tasks done.</summary>
    Full,

    /// <summary>3.5 ≤ total &lt; 5: 70 % to under 100 %.</summary>
    Mostly,

    /// <summary>Total &lt; 3.5: under 70 %.</summary>
    Below,
}

/// <summary>An agency's (office's or unit's) grade on TT 01/2018 Art. 15's scale.</summary>
public enum AgencyGrade
{
    Excellent,
    Good,
    Fair,
    Average,
    Weak,
}

public static class Grades
{
    public static string Label(this OfficerGrade grade) => grade switch
    {
        OfficerGrade.Full => "Hoàn thành 100% nhiệm vụ",
        OfficerGrade.Mostly => "Hoàn thành từ 70% đến dưới 100% nhiệm vụ",
        _ => "Hoàn thành dưới 70% nhiệm vụ",
    };

    public static string Label(this AgencyGrade grade) => grade switch
    {
        AgencyGrade.Excellent => "Xuất sắc",
        AgencyGrade.Good => "Tốt",
        AgencyGrade.Fair => "Khá",
        AgencyGrade.Average => "Trung bình",
        _ => "Yếu",
    };
}
