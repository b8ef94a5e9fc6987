using System.Reflection;
using NetArchTest.Rules;

namespace ThaiBinh.MotCua.Architecture.Tests;

/// <summary>Dependencies point inward: Api → Infrastructure → Application → Domain; Web → Application.</summary>
public sealed class LayerDependencyTests
{
    private const string Domain = "ThaiBinh.MotCua.Domain";
    private const string Application = "ThaiBinh.MotCua.Application";
    private const string Infrastructure = "ThaiBinh.MotCua.Infrastructure";
    private const string Api = "ThaiBinh.MotCua.Api";
    private const string Web = "ThaiBinh.MotCua.Web";

    private static readonly Assembly DomainAssembly = typeof(Domain.Officers.Officer).Assembly;
    private static readonly Assembly ApplicationAssembly = typeof(Application.ApplicationAssembly).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(Infrastructure.Persistence.MotCuaDbContext).Assembly;
    private static readonly Assembly WebAssembly = typeof(Web.WebSetup).Assembly;

    public static TheoryData<string, string[]> ForbiddenReferences() => new()
    {
        { Domain, [Application, Infrastructure, Api, "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Hangfire"] },
        { Application, [Infrastructure, Api, "Microsoft.AspNetCore", "Npgsql", "Hangfire"] },
        { Infrastructure, [Api, Web] },

        // The pages are thin callers of the use cases: no database, adapter or host of their own.
        { Web, [Infrastructure, Api, "Microsoft.EntityFrameworkCore", "Npgsql", "Hangfire"] },
    };

    [Theory]
    [MemberData(nameof(ForbiddenReferences))]
    public void A_layer_does_not_reference_outer_layers_or_their_frameworks(string layer, string[] forbidden)
    {
        var assembly = Assembly.Load(layer);

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Domain_types_use_no_outer_namespace()
    {
        var result = Types.InAssembly(DomainAssembly)
            .ShouldNot().HaveDependencyOnAny(Application, Infrastructure, Api, "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result));
    }

    [Fact]
    public void Application_types_use_no_infrastructure_or_http()
    {
        var result = Types.InAssembly(ApplicationAssembly)
            .ShouldNot().HaveDependencyOnAny(Infrastructure, Api, "Microsoft.AspNetCore", "Npgsql", "Hangfire")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result));
    }

    [Fact]
    public void Infrastructure_types_use_nothing_of_the_api()
    {
        var result = Types.InAssembly(InfrastructureAssembly).ShouldNot().HaveDependencyOn(Api).GetResult();

        Assert.True(result.IsSuccessful, Offenders(result));
    }

    [Fact]
    public void Web_types_use_no_database_adapter_or_host()
    {
        var result = Types.InAssembly(WebAssembly)
            .ShouldNot().HaveDependencyOnAny(Infrastructure, Api, "Microsoft.EntityFrameworkCore", "Npgsql", "Hangfire")
            .GetResult();

        Assert.True(result.IsSuccessful, Offenders(result));
    }

    [Fact]
    public void Only_the_api_generates_the_mediator()
    {
        var generated = new[] { DomainAssembly, ApplicationAssembly, InfrastructureAssembly, WebAssembly }
            .Where(a => a.GetType("Mediator.Mediator") is not null)
            .Select(a => a.GetName().Name);

        Assert.Empty(generated);
    }

    private static string Offenders(TestResult result) =>
        "offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
