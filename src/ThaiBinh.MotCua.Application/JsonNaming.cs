using System.Text.Json;

namespace ThaiBinh.MotCua.Application;

/// <summary>The API's one naming rule for field names, shared by JSON and validation errors.</summary>
public static class JsonNaming
{
    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
