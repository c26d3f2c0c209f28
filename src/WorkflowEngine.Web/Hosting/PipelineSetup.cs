using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace WorkflowEngine.Web.Hosting;

/// <summary>The request pipeline: security headers, errors as problems, body limits, static files, sign-in, MVC, API docs, health.</summary>
internal static class PipelineSetup
{
    public static WebApplication UseWorkflowWeb(this WebApplication app)
    {
        // Outermost, so the headers are set as any response starts, error pages included.
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseScalarContentPolicy();
        app.UseRequestBodyLimits();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseIdempotencyKeys();

        app.MapControllers();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Safeguarding referral workflow engine API").DisableDefaultFonts());
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

        if (app.Services.GetRequiredService<IOptions<TestHookOptions>>().Value.Clock)
        {
            app.MapPost("/test-hooks/clock", (AdjustableClock clock, double hours) =>
            {
                clock.Advance(TimeSpan.FromHours(hours));
                return Results.Ok(new { now = clock.GetUtcNow() });
            }).DisableAntiforgery();
        }

        return app;
    }
}
