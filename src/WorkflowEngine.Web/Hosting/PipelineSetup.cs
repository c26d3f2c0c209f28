using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace WorkflowEngine.Web.Hosting;

/// <summary>The request pipeline: security headers, errors as problems, body limits, static files, sign-in, MVC, API docs, health, metrics.</summary>
internal static class PipelineSetup
{
    public static WebApplication UseWorkflowWeb(this WebApplication app)
    {
        // Outermost, so the headers are set as any response starts, error pages included.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseNodeScope();
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
        app.MapHealthChecks("/health/live", NodeIdentity.HealthOptions(app, _ => false));
        app.MapHealthChecks("/health/ready", NodeIdentity.HealthOptions(app, check => check.Tags.Contains("ready")));
        app.MapEngineMetrics();

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
