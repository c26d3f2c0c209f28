using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// States each request field's <see cref="MaxLengthAttribute"/> as <c>maxLength</c> in the API
/// document. The request records carry their limits on the primary constructor's parameters (where
/// MVC validates them), which the document generator does not read on its own.
/// </summary>
internal sealed class TextLimitSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var limit = property.AssociatedParameter?.AttributeProvider?.GetCustomAttributes(typeof(MaxLengthAttribute), inherit: true)
                .OfType<MaxLengthAttribute>().FirstOrDefault()
                ?? property.AttributeProvider?.GetCustomAttributes(typeof(MaxLengthAttribute), inherit: true).OfType<MaxLengthAttribute>().FirstOrDefault();
            if (limit is not null && schema.Properties.TryGetValue(property.Name, out var field) && field is OpenApiSchema inline)
            {
                inline.MaxLength = limit.Length;
            }
        }

        return Task.CompletedTask;
    }
}
