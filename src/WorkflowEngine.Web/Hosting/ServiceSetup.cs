using Microsoft.AspNetCore.Mvc.Razor;
using WorkflowEngine.Core.Hosting;
using WorkflowEngine.Core.Measures;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Core.Operations;
using WorkflowEngine.Core.Timers;
using WorkflowEngine.Core.Versions;
using WorkflowEngine.Mail;
using WorkflowEngine.Persistence;
using WorkflowEngine.Web.Identity;

namespace WorkflowEngine.Web.Hosting;

/// <summary>Wires the engine, its database, clocks, notifications, sign-in, MVC and operations into the app.</summary>
internal static class ServiceSetup
{
    public static WebApplicationBuilder AddWorkflowWeb(this WebApplicationBuilder builder)
    {
        builder.ResolveAgainstContentRoot();
        var configuration = builder.Configuration;
        var hooks = configuration.GetSection(TestHookOptions.SectionName).Get<TestHookOptions>() ?? new TestHookOptions();
        if (hooks.Clock)
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException("TestHooks:Clock moves the app's time and is refused outside Development.");
            }

            var clock = new AdjustableClock();
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TimeProvider>(clock);
        }

        // Bound one way: each part registers and validates its own options at start-up
        // (AddWorkflowPersistence, AddWorkflowEngine, AddWorkflowNotifications) and reads them when
        // first resolved; the web host binds each from its section.
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateOnStart();
        builder.Services.AddOptions<TestHookOptions>().BindConfiguration(TestHookOptions.SectionName).ValidateOnStart();
        builder.Services.AddOptions<PersistenceOptions>().BindConfiguration(PersistenceOptions.SectionName);
        builder.Services.AddOptions<EngineOptions>().BindConfiguration(EngineOptions.SectionName)
            .PostConfigure<IHostEnvironment>((o, environment) => o.ContentRoot = Path.GetFullPath(o.ContentRoot, environment.ContentRootPath));
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName);
        builder.Services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.SectionName);
        builder.Services.AddOptions<MeasureSources>().BindConfiguration(MeasureSources.SectionName);
        builder.Services.AddOptions<PublishingOptions>().BindConfiguration(PublishingOptions.SectionName);

        builder.Services.AddWorkflowPersistence();
        builder.Services.AddWorkflowEngine();
        builder.Services.AddWorkflowTimerDispatcher();
        var node = builder.AddNodeIdentity();
        builder.Services.AddWorkflowOperations();
        builder.AddEngineTelemetry(node);
        builder.Services.AddWorkflowNotifications().AddWorkflowEmail();

        builder.AddReverseProxy();
        builder.AddEngineAuthentication();
        builder.Services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<Features.Shared.FormRefusedFilter>();
            })
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = Problems.RequestProblems.Create)
            .AddJsonOptions(o =>
            {
                // A key given twice is refused (400 naming it) rather than the last one silently winning.
                o.JsonSerializerOptions.AllowDuplicateProperties = false;
                o.JsonSerializerOptions.Converters.Add(new Api.StrictJsonObjectConverter());
                foreach (var converter in WorkflowEngine.Core.EngineJson.Options.Converters)
                {
                    o.JsonSerializerOptions.Converters.Add(converter);
                }
            });
        builder.Services.Configure<RazorViewEngineOptions>(o =>
        {
            // Pages fold by feature: Features/{Feature}/{View}.cshtml, shared parts in Features/Shared.
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
            o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Problems.BadRequestExceptionHandler>();
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = RequestBodyLimits.Documents);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = RequestBodyLimits.Default);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>().AddSchemaTransformer<TextLimitSchemaTransformer>());
        builder.Services.AddHealthChecks().AddDbContextCheck<IdentityStore>("database", tags: ["ready"]);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddScoped<Demo.DemoSeeder>();
        builder.Services.AddSingleton<Features.Panels.PanelDisclosure>();
        if (configuration.GetValue<bool>("Logging:Json"))
        {
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        }
        else
        {
            // The node's name (and the request's trace) ride in scopes, so they are written.
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true);
        }

        return builder;
    }
}
