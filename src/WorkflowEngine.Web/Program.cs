using WorkflowEngine.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowWeb();

var app = builder.Build();
app.UseWorkflowWeb();
using (app.BeginNodeScope())
{
    await app.PrepareAsync();
    await app.RunAsync();
}

/// <summary>The web app's entry point (public so tests can host it with WebApplicationFactory).</summary>
public partial class Program;
