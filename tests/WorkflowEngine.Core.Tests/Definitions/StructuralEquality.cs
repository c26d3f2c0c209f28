using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace WorkflowEngine.Core.Tests.Definitions;

/// <summary>
/// Deep comparison of definition records: lists element by element, JSON by value. Record equality
/// alone compares lists by reference, which would make every round trip look lossy.
/// </summary>
internal static class StructuralEquality
{
    public static void AssertEqual(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}.");
            return;
        }

        // Lists may differ in their concrete type (a collection expression or a deserialised List); their entries may not.
        Assert.True(
            expected.GetType() == actual.GetType() || (expected is IEnumerable && actual is IEnumerable && expected is not string),
            $"{path}: expected a {expected.GetType().Name}, got a {actual.GetType().Name}.");
        switch (expected)
        {
            case JsonElement json:
                Assert.True(JsonElement.DeepEquals(json, (JsonElement)actual), $"{path}: JSON differs.");
                return;
            case string or ValueType:
                Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}.");
                return;
            case IEnumerable items:
                var left = items.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                Assert.True(left.Count == right.Count, $"{path}: expected {left.Count} entries, got {right.Count}.");
                for (var i = 0; i < left.Count; i++)
                {
                    AssertEqual(left[i], right[i], $"{path}[{i}]");
                }

                return;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            AssertEqual(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }
}
