using NetArchTest.Rules;
using WorkflowEngine.Core.Runtime;

namespace WorkflowEngine.Core.Tests.Architecture;

public sealed class CoreDependencyTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("System.Data")]
    [InlineData("WorkflowEngine.Persistence")]
    [InlineData("WorkflowEngine.Web")]
    public void Core_does_not_depend_on_web_or_database_code(string forbidden)
    {
        var result = Types.InAssembly(typeof(CaseService).Assembly)
            .ShouldNot().HaveDependencyOn(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"Core types depend on {forbidden}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Core_references_only_the_allowed_assemblies()
    {
        // E-mail (MailKit) lives in WorkflowEngine.Mail, so Core needs no mail library.
        var allowed = new[] { "System", "Microsoft.Extensions", "RulesEngine", "Stateless", "JsonSchema.Net", "Json.More", "JsonPointer.Net", "Microsoft.CSharp", "netstandard", "mscorlib" };
        var referenced = typeof(CaseService).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var unexpected = referenced.Where(name => !allowed.Any(prefix => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal))).ToList();

        Assert.Empty(unexpected);
    }
}
