using ThaiBinh.MotCua.Application.Population;

namespace ThaiBinh.MotCua.Web.Components.Pages.Reception;

/// <summary>
/// The desk form's "Xác thực với CSDLQG về dân cư" button: the lookup built from what the officer typed,
/// and the applicant filled from a verified answer. The form goes on whatever the answer.
/// </summary>
public static class CitizenLookupButton
{
    /// <summary>The value of the form's <c>Action</c> when the lookup button sent it.</summary>
    public const string LookUp = "xac-thuc";

    /// <summary>The form's field errors are the applicant's: the lookup's names are the same fields under "applicant.".</summary>
    public const string FieldPrefix = "applicant.";

    public static LookUpCitizenCommand Command(ReceptionInput input, string procedureCode) =>
        new(input.CitizenId, input.FullName, input.BirthDay, $"Tiếp nhận hồ sơ thủ tục {procedureCode} tại bộ phận một cửa");

    /// <summary>Writes the registry's name, birth date and address into the form, and keeps the lookup's id for the receipt.</summary>
    public static void Apply(CitizenLookupResult result, ReceptionInput input)
    {
        input.PopulationLookupId = result.LookupId.ToString("D");
        if (result.Citizen is not { } citizen)
        {
            return;
        }

        input.FullName = citizen.FullName;
        if (citizen.BirthDate is { } born)
        {
            input.BirthDate = born.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        }

        input.Address = citizen.Address ?? input.Address;
    }

    /// <summary>The id the form carries, or null when it holds none that reads.</summary>
    public static Guid? IdOf(string? text) => Guid.TryParse(text, out var id) ? id : null;
}
