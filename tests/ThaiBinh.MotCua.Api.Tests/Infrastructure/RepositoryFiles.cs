namespace ThaiBinh.MotCua.Api.Tests.Infrastructure;

/// <summary>Files of the repository the tests read, found by walking up from the test binaries.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string DemoUsersPath => Path.Combine(Root, "deploy", "demo-users.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThaiBinh.MotCua.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ThaiBinh.MotCua.sln not found above " + AppContext.BaseDirectory);
    }
}
