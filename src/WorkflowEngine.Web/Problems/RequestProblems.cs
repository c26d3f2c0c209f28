using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Web.Api;

namespace WorkflowEngine.Web.Problems;

/// <summary>
/// The answer to a request MVC could not bind (unreadable JSON, a value of the wrong kind, a
/// repeated key, a field over its limit): the same 400 problem as the engine's own validation,
/// with <c>problems[]</c> of {code, path, message}, paths written as JSON paths, messages in words,
/// and no .NET type names (MVC's default would show them).
/// </summary>
internal static partial class RequestProblems
{
    public static IActionResult Create(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = context.ActionDescriptor.Parameters.FirstOrDefault(p => p.BindingInfo?.BindingSource == BindingSource.Body);
        var errors = new List<ValidationError>();
        foreach (var (key, entry) in context.ModelState)
        {
            foreach (var error in entry.Errors)
            {
                errors.Add(Describe(key, error, body, context.ActionDescriptor.Parameters));
            }
        }

        // When the body could not be read, MVC adds "the request field is required" beside the real reason.
        if (errors.Any(e => e.Code != "request.body-required"))
        {
            errors.RemoveAll(e => e.Code == "request.body-required");
        }

        return CommandProblems.ToResult(CommandProblems.ToProblem(CommandStatus.Invalid, errors.Distinct().ToList()));
    }

    private static ValidationError Describe(string key, ModelError error, ParameterDescriptor? body, IList<ParameterDescriptor> parameters)
    {
        var isOtherParameter = parameters.Any(p => p != body && (key == p.Name || key.StartsWith(p.Name + ".", StringComparison.Ordinal) || key.StartsWith(p.Name + "[", StringComparison.Ordinal)));
        if (body is null || isOtherParameter)
        {
            // A route or query value (e.g. ?status=bogus): MVC's own sentence names the parameter and the value.
            var message = string.IsNullOrEmpty(error.ErrorMessage) ? $"The value of {key} is not valid." : error.ErrorMessage;
            return new ValidationError("request.invalid-value", key, message);
        }

        var path = RequestPaths.ToJsonPath(key, body.Name);
        if (key.StartsWith('$') || error.Exception is not null)
        {
            // The JSON reader's complaint: MVC keeps only its message (which names .NET types), so it is read here and replaced.
            return FromJson(path, error.Exception?.Message ?? error.ErrorMessage, body.ParameterType);
        }

        if (path == "$")
        {
            return new ValidationError("request.body-required", "$", "Send a JSON object as the body.");
        }

        var property = RequestPaths.PropertyAt(body.ParameterType, path);
        var code = AttributesOf(property?.DeclaringType, property?.Name)
            .FirstOrDefault(a => a.FormatErrorMessage(property!.Name) == error.ErrorMessage) switch
        {
            TextLimitAttribute => TextLimitAttribute.Code,
            AtLeastOneAttribute => AtLeastOneAttribute.Code,
            _ => "request.invalid-value",
        };
        return new ValidationError(code, path, error.ErrorMessage);
    }

    private static ValidationError FromJson(string path, string message, Type body)
    {
        if (message.Contains("uplicate", StringComparison.Ordinal))
        {
            var name = DuplicateName().Match(message) is { Success: true } match ? match.Groups[1].Value : path.Split('.').Last();
            var at = path.EndsWith("." + name, StringComparison.Ordinal) ? path : path + "." + name;
            return new ValidationError("request.duplicate-key", at, $"The field \"{name}\" is given more than once; send each field only once.");
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            var type = RequestPaths.TypeAt(body, path);
            return type is null
                ? new ValidationError("request.wrong-type", path, "This value is not of the kind expected here.")
                : new ValidationError("request.wrong-type", path, $"This should be {RequestPaths.Describe(type)}.");
        }

        // Anything else the reader says is a syntax error: the whole body is at fault.
        var where = Position().Match(message) is { Success: true } position
            ? $" (line {int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) + 1}, character {int.Parse(position.Groups[2].Value, CultureInfo.InvariantCulture) + 1})"
            : string.Empty;
        return new ValidationError("request.malformed-json", "$", $"The body is not well-formed JSON{where}.");
    }

    private static IEnumerable<ValidationAttribute> AttributesOf(Type? type, string? property)
    {
        if (type is null || property is null)
        {
            return [];
        }

        // Records carry their checks on the primary constructor's parameters.
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.GetCustomAttributes(typeof(ValidationAttribute), inherit: true).Cast<ValidationAttribute>());
        var onProperty = type.GetProperty(property)?.GetCustomAttributes(typeof(ValidationAttribute), inherit: true).Cast<ValidationAttribute>() ?? [];
        return parameters.Concat(onProperty);
    }

    [GeneratedRegex("LineNumber: (\\d+) \\| BytePositionInLine: (\\d+)")]
    private static partial Regex Position();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex DuplicateName();
}
