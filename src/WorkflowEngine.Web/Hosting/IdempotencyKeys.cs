using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using WorkflowEngine.Core.Commands;
using WorkflowEngine.Core.Validation;
using WorkflowEngine.Persistence.Idempotency;
using WorkflowEngine.Web.Problems;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// <c>Idempotency-Key</c> on every API POST (after the caller is known): the first request with a
/// key claims it in the database before doing the work and stores its answer (status, Location,
/// body) for 24 hours; a retry by the same user with the same key and the same request gets that
/// answer again (with <c>Idempotent-Replayed: true</c>) without doing the work twice. The same key
/// with a different request is 422; a retry while the first is still being worked is 409. Answers
/// of 5xx are not kept, so such a request can be retried. Without the header nothing changes.
/// </summary>
internal static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var key = context.Request.Headers[Header].ToString();
            var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (key.Length == 0 || !HttpMethods.IsPost(context.Request.Method) || user is null
                || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (key.Length > IdempotencyAnswer.MaxKeyLength || key.Any(c => c is < ' ' or > '~'))
            {
                await WriteProblemAsync(context, CommandProblems.ToProblem(CommandStatus.Invalid,
                    [new ValidationError("request.bad-idempotency-key", Header, $"The Idempotency-Key must be 1 to {IdempotencyAnswer.MaxKeyLength} printable characters, for example a new UUID.")]));
                return;
            }

            await HandleAsync(context, next, user, key);
        });

    private static async Task HandleAsync(HttpContext context, RequestDelegate next, string user, string key)
    {
        var store = context.RequestServices.GetRequiredService<IIdempotencyStore>();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var fingerprint = await FingerprintAsync(context.Request);
        var (kind, answer) = await store.ClaimAsync(user, key, fingerprint, now, now + Lifetime, context.RequestAborted);
        switch (kind)
        {
            case IdempotencyClaimKind.Replay:
                context.Response.StatusCode = answer!.Status;
                context.Response.ContentType = answer.ContentType;
                if (answer.Location is not null)
                {
                    context.Response.Headers.Location = answer.Location;
                }

                context.Response.Headers["Idempotent-Replayed"] = "true";
                await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
                return;
            case IdempotencyClaimKind.Mismatch:
                await WriteProblemAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "This Idempotency-Key was used for a different request.",
                    Detail = "The Idempotency-Key was first sent with a different request. Send a new key for a new request.",
                });
                return;
            case IdempotencyClaimKind.InFlight:
                await WriteProblemAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "A request with this Idempotency-Key has not finished.",
                    Detail = "A request with this Idempotency-Key is still being worked, or was cut off before its answer was kept. Wait and retry; if it stays like this, check whether it took effect before sending a new key.",
                });
                return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.Body = original;
            await store.ReleaseAsync(user, key, CancellationToken.None);
            throw;
        }

        context.Response.Body = original;
        if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await store.ReleaseAsync(user, key, CancellationToken.None);
        }
        else
        {
            // Stored before the answer is sent: a client that got an answer can always get it again.
            await store.CompleteAsync(user, key, new IdempotencyAnswer(context.Response.StatusCode, context.Response.ContentType,
                context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray()), CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    // The request as the key's owner sent it: method, address with query, body.
    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static Task WriteProblemAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return context.Response.WriteAsJsonAsync<object>(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", context.RequestAborted);
    }
}
