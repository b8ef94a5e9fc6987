using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Files;

namespace Microsoft.Extensions.DependencyInjection;

public static class FileIntakeServiceCollectionExtensions
{
    public static IServiceCollection AddFileIntake(this IServiceCollection services) =>
        services.AddScoped<IDossierFileIntake, DossierFileIntake>()
            .AddScoped<ThaiBinh.MotCua.Application.Files.Download.CitizenVerification>();
}
