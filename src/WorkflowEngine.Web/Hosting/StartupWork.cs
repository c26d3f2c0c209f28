using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowEngine.Core.Hosting;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// What runs before the app takes requests: both schemas migrated, changed workflow and rule files
/// published (a broken file stops start-up with every problem listed), the measure records of
/// cases that have none rebuilt, the app roles created, and in demo mode the demo users and cases
/// seeded.
/// </summary>
internal static class StartupWork
{
    public static async Task PrepareAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        using (await services.GetRequiredService<SqliteWriteGate>().EnterAsync(cancellationToken))
        {
            await services.GetRequiredService<IdentityStore>().Database.MigrateAsync(cancellationToken);
        }

        await services.GetRequiredService<EngineInitializer>().InitializeAsync(cancellationToken);

        // Before any command runs: cases from before measure records were written get theirs in full.
        await services.GetRequiredService<MeasureRebuilder>().RebuildMissingAsync(cancellationToken: cancellationToken);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var demo = services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Enabled)
        {
            if (!app.Environment.IsDevelopment() && !demo.AllowOutsideDevelopment)
            {
                throw new InvalidOperationException(
                    "Demo mode seeds accounts with a published password, so it runs only in Development. Set Demo:AllowOutsideDevelopment to true to run it elsewhere on purpose.");
            }

            await services.GetRequiredService<Demo.DemoSeeder>().SeedAsync(cancellationToken);
        }
    }
}
