using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ThaiBinh.MotCua.Application.Common.Files;
using ThaiBinh.MotCua.Application.Files;

namespace ThaiBinh.MotCua.Infrastructure.Files;

internal static class FileServices
{
    /// <summary>The file store (a local folder under the content root unless <c>Files:Root</c> is absolute) and the limits.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<FileSettings>(configuration.GetSection(FileSettings.Section));
        var options = configuration.GetSection(FileSettings.Section).Get<FileSettings>() ?? new FileSettings();
        services.AddSingleton<IFileStore>(new LocalFileStore(Path.GetFullPath(options.Root, environment.ContentRootPath)));
        return services;
    }
}
