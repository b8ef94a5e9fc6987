using System.Globalization;
using ThaiBinh.MotCua.Domain.Common;

namespace ThaiBinh.MotCua.Web.Components.Evaluations;

/// <summary>How the evaluation pages write a moment: "HH:mm ngày dd/MM/yyyy" in Vietnam time, as the lookup page does.</summary>
public static class EvaluationText
{
    public static string Moment(DateTimeOffset instant) =>
        VietnamTime.ToLocal(instant).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
}
