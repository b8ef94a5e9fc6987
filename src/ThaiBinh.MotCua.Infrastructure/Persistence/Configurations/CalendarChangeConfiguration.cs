using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.MotCua.Domain.Calendar;

namespace ThaiBinh.MotCua.Infrastructure.Persistence.Configurations;

internal sealed class CalendarChangeConfiguration : IEntityTypeConfiguration<CalendarChange>
{
    public void Configure(EntityTypeBuilder<CalendarChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.OldKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.NewKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.OldName).HasMaxLength(CalendarDay.MaxNameLength);
        builder.Property(c => c.NewName).HasMaxLength(CalendarDay.MaxNameLength);
        builder.Property(c => c.Reason).HasMaxLength(CalendarChange.MaxReasonLength);
        builder.Property(c => c.ChangedBy).HasMaxLength(64);
        builder.HasIndex(c => c.Date);
    }
}
