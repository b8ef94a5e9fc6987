using ThaiBinh.MotCua.Infrastructure.Calendar;

namespace ThaiBinh.MotCua.Api.Tests;

public sealed class CalendarOptionsTests
{
    [Fact]
    public void A_province_sets_its_own_desk_hours()
    {
        var hours = new CalendarOptions { WorkingPeriods = ["07:30-11:30", "13:00-17:00"], SameDayCutoff = "15:30" }.ToWorkingHours();

        Assert.Equal(TimeSpan.FromHours(8), hours.WorkingDayLength);
        Assert.Equal((new TimeOnly(7, 30), new TimeOnly(17, 0), new TimeOnly(15, 30)), (hours.Opening, hours.Closing, hours.SameDayCutoff));
    }

    [Fact]
    public void No_setting_means_the_default_hours()
    {
        Assert.Same(Domain.Calendar.WorkingHours.Default, new CalendarOptions().ToWorkingHours());
    }

    [Theory]
    [InlineData("7h-11h30")]
    [InlineData("13:30-11:30")]
    [InlineData("07:00")]
    public void Unreadable_hours_stop_the_host_with_a_clear_message(string period)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CalendarOptions { WorkingPeriods = [period] }.ToWorkingHours());

        Assert.Contains("Calendar:WorkingPeriods", error.Message);
    }
}
