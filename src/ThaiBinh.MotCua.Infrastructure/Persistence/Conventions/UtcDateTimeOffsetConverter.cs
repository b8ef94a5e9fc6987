using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Conventions;

/// <summary>
/// Npgsql writes DateTimeOffset to timestamptz only with offset zero; a +07:00 value from a form
/// would fail the whole save. Converting on the way in keeps the rule in one place.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
