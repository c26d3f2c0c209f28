using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WorkflowEngine.Persistence;
using WorkflowEngine.Persistence.Cases;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Hosting;

/// <summary>
/// Sign-in: local accounts (ASP.NET Core Identity, in the engine's database) with a cookie for pages
/// and bearer tokens for API clients; OpenID Connect when <c>Authentication:OpenIdConnect:Authority</c>
/// names a council's identity provider.
/// </summary>
internal static class AuthenticationSetup
{
    public const string SignInRateLimit = "sign-in";

    public static void AddEngineAuthentication(this WebApplicationBuilder builder)
    {
        // Both providers' contexts are registered; the one handed out as IdentityStore follows the
        // bound Persistence options when first resolved in a scope, as the engine's own stores do.
        builder.Services.AddDbContext<IdentityStore>((sp, o) => o.UseEngineDatabase(Persistence(sp), IdentityStore.HistoryTable).AddInterceptors(sp.GetRequiredService<GatedSaveChanges>()));
        builder.Services.AddDbContext<PostgreSqlIdentityStore>((sp, o) => o.UseEngineDatabase(Persistence(sp), IdentityStore.HistoryTable).AddInterceptors(sp.GetRequiredService<GatedSaveChanges>()));
        builder.Services.Replace(ServiceDescriptor.Scoped<IdentityStore>(sp => Persistence(sp).Provider == DatabaseProvider.PostgreSql
            ? sp.GetRequiredService<PostgreSqlIdentityStore>()
            : new IdentityStore(sp.GetRequiredService<DbContextOptions<IdentityStore>>())));

        // Identity's user store and the data-protection key ring save inside their libraries: their
        // saves take their turn at the write gate through the context.
        builder.Services.AddSingleton<GatedSaveChanges>();
        builder.Services.AddIdentityApiEndpoints<EngineUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityStore>()
            .AddClaimsPrincipalFactory<EngineClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/access-denied";
            o.Cookie.Name = "__Host-workflow";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // API callers and the designer's JSON endpoints get 401/403, not a redirect to the sign-in page.
            o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
        });

        builder.Services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme,
            o => o.Events.OnMessageReceived = BearerStamp.CheckAsync);

        var oidc = builder.Configuration.GetSection("Authentication:OpenIdConnect");
        if (!string.IsNullOrWhiteSpace(oidc["Authority"]))
        {
            builder.Services.AddAuthentication().AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, "Council sign-in", o =>
            {
                oidc.Bind(o);
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.ResponseType = "code";
                o.SaveTokens = false;
                o.MapInboundClaims = false;
            });
        }

        // Every node reads and writes one key ring in the database, so a cookie or anti-forgery
        // token one node issued is accepted by the others; the application name (not the content
        // root, the default) keeps nodes installed in different folders in one key ring.
        builder.Services.AddDataProtection().SetApplicationName(TelemetrySetup.ServiceName).PersistKeysToDbContext<IdentityStore>();

        builder.Services.AddSingleton<SignInFailureCounts>();
        builder.Services.AddSingleton(sp => new SignInGuard(sp.GetRequiredService<SignInFailureCounts>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddScoped<PeopleDirectory>();
        builder.Services.AddScoped<Features.Shared.WorkflowNames>();
        builder.Services.AddAuthorization();
        builder.Services.AddOptions<SignInFloodOptions>().BindConfiguration(SignInFloodOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests from this address. Wait a minute, then try again." },
            });
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SignInFloodOptions>>().Value.AttemptsPerMinutePerAddress,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
    }

    private static PersistenceOptions Persistence(IServiceProvider services) => services.GetRequiredService<IOptions<PersistenceOptions>>().Value;

    // The workflow designer's, the rule-set editor's and the shared reference JSON endpoints.
    private const string DesignerEndpoints = "/designer";

    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments(TelemetrySetup.MetricsPath, StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments(DesignerEndpoints, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
