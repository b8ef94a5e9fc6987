using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.MotCua.Infrastructure.Persistence;

namespace ThaiBinh.MotCua.Web.Tests.Infrastructure;

/// <summary>What the database holds behind the pages, read directly: the tests' independent check.</summary>
public static class DeskData
{
    public static async Task<int> DossiersOfApplicantAsync(WebFixture web, string fullName)
    {
        await using var scope = web.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        return await db.Dossiers.CountAsync(d => d.Applicant.FullName == fullName);
    }

    public static async Task<string> OfficeCodeOfAsync(WebFixture web, string username)
    {
        await using var scope = web.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        return await (
            from officer in db.Officers
            where officer.Username == username
            join office in db.Offices on officer.OfficeId equals office.Id
            select office.Code).SingleAsync();
    }
}
