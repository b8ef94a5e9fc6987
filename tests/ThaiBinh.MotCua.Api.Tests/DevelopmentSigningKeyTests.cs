using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using ThaiBinh.MotCua.Api.Tests.Infrastructure;
using ThaiBinh.MotCua.Infrastructure.Security;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>
/// Development keeps its signing key in .local/ of the clone (as appsettings.Development.json says), so
/// a restart does not sign every developer out. Each test lays out a clone of its own in a temp folder.
/// </summary>
public sealed class DevelopmentSigningKeyTests : IDisposable
{
    private readonly string _clone = Directory.CreateTempSubdirectory("motcua-clone-").FullName;

    private string ContentRoot => Directory.CreateDirectory(Path.Combine(_clone, "src", "ThaiBinh.MotCua.Api")).FullName;

    private string KeyFile => Path.Combine(_clone, ".local", "dev-signing-key");

    [Fact]
    public void The_first_start_writes_the_key_to_local_and_the_next_start_signs_with_the_same_key()
    {
        Assert.False(File.Exists(KeyFile));

        var first = JwtSettings.Load(DevelopmentSettings(), Environment(Environments.Development));
        var second = JwtSettings.Load(DevelopmentSettings(), Environment(Environments.Development));

        Assert.True(File.Exists(KeyFile));
        Assert.Equal(first.SigningKey.Key, second.SigningKey.Key);
        Assert.True(first.SigningKey.Key.Length >= JwtSettings.MinimumKeyLength);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }
    }

    [Fact]
    public void Another_clone_gets_another_key()
    {
        using var other = new DevelopmentSigningKeyTests();

        var mine = JwtSettings.Load(DevelopmentSettings(), Environment(Environments.Development));
        var theirs = JwtSettings.Load(other.DevelopmentSettings(), other.Environment(Environments.Development));

        Assert.NotEqual(mine.SigningKey.Key, theirs.SigningKey.Key);
    }

    [Fact]
    public void Outside_development_a_missing_key_still_stops_the_start_and_writes_nothing()
    {
        var settings = new ConfigurationBuilder().Build();

        var refused = Assert.Throws<InvalidOperationException>(() => JwtSettings.Load(settings, Environment(Environments.Production)));

        Assert.Contains("Auth:SigningKey is not configured", refused.Message);
        Assert.False(Directory.Exists(Path.Combine(_clone, ".local")));
    }

    public void Dispose() => Directory.Delete(_clone, recursive: true);

    private IConfiguration DevelopmentSettings() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryFiles.Root, "src", "ThaiBinh.MotCua.Api", "appsettings.Development.json"))
            .Build();

    private HostingEnvironment Environment(string name) => new()
    {
        EnvironmentName = name,
        ContentRootPath = ContentRoot,
        ContentRootFileProvider = new NullFileProvider(),
        ApplicationName = "ThaiBinh.MotCua.Api",
    };
}
