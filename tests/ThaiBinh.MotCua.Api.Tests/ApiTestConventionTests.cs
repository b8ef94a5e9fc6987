using ThaiBinh.MotCua.Api.Tests.Infrastructure;

namespace ThaiBinh.MotCua.Api.Tests;

/// <summary>A test class that shares the API host but skips the fresh start would see other classes' leftovers.</summary>
public sealed class ApiTestConventionTests
{
    [Fact]
    public void Every_class_using_the_shared_host_starts_fresh()
    {
        var sharing = typeof(ApiTestConventionTests).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.IsDefined(typeof(FactAttribute), inherit: true))
                && t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(ApiFixture))))
            .ToList();

        Assert.NotEmpty(sharing);
        Assert.All(sharing, t => Assert.True(t.IsSubclassOf(typeof(ApiTest)), $"{t.Name} takes ApiFixture but does not derive from ApiTest"));
    }
}
