namespace ThaiBinh.MotCua.Domain.Identifiers;

/// <summary>Gender as encoded in the fourth digit of a 12-digit citizen id.</summary>
public enum Gender
{
    // Explicit non-zero values so an unset (default) field is never read as a real gender.
    Male = 1,
    Female = 2,
}
