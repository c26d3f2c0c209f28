using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using WorkflowEngine.Core.Tests;

namespace WorkflowEngine.Reliability.Tests;

/// <summary>
/// The real server as a process of its own on a SQLite file: Development with demo users, a free
/// port, the test clock hook on, timers polled every second. Killed like a power cut
/// (<see cref="Process.Kill(bool)"/> on the whole tree), started again on the same file.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string Password = "Demo-password-2026";

    private readonly Process _process;
    private readonly Task _drain;

    private ServerProcess(Process process, Uri address, Task drain)
    {
        _process = process;
        Address = address;
        _drain = drain;
    }

    public Uri Address { get; }

    public static Task<ServerProcess> StartAsync(string folder) =>
        StartAsync(folder, new Dictionary<string, string> { ["Persistence__ConnectionString"] = $"Data Source={Path.Combine(folder, "workflow.db")}" });

    /// <summary>Starts the server with further settings (environment variable names, e.g. <c>Node__Name</c>) over the defaults above.</summary>
    public static async Task<ServerProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = BuiltProgram.StartInfo(BuiltProgram.Web);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["Engine__ContentRoot"] = RepositoryPaths.Root;
        start.Environment["Notifications__PickupDirectory"] = Path.Combine(folder, "mail-pickup");
        start.Environment["Demo__Enabled"] = "true";
        start.Environment["TestHooks__Clock"] = "true";
        start.Environment["Timers__PollInterval"] = "00:00:01";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var log = Path.Combine(folder, $"server-{port}.log");
        var drain = Task.WhenAll(CopyAsync(process.StandardOutput, log + ".out"), CopyAsync(process.StandardError, log + ".err"));
        var server = new ServerProcess(process, address, drain);
        try
        {
            await server.WaitUntilReadyAsync(log);
        }
        catch
        {
            // A server that never became ready is not left running behind the failed test.
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public HttpClient Client() => new() { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>
    /// An API client with a bearer token for a demo user, signing in again when the server refuses
    /// the token (its clock was moved past the token's lifetime): a refused call did nothing, so it
    /// is sent once more with the new token.
    /// </summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var signedIn = new SignedIn(this, userName);
        await signedIn.SignInAsync();
        return new HttpClient(signedIn) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
    }

    private async Task<string> TokenAsync(string userName)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    /// <summary>Moves the server's clock forward; returns the server's time after the move.</summary>
    public async Task<DateTimeOffset> AdvanceClockAsync(double hours)
    {
        using var client = Client();
        var response = await client.PostAsync(new Uri($"/test-hooks/clock?hours={hours}", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["now"]!.GetValue<DateTimeOffset>();
    }

    /// <summary>A power cut: the process and its children die at once, mid-write.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await _drain;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(string log)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                await _drain;
                throw new InvalidOperationException($"The server stopped with {_process.ExitCode} while starting: {await File.ReadAllTextAsync(log + ".err")}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            // Polling a starting process, not waiting out application time.
            await Task.Delay(250);
        }

        throw new TimeoutException("The server did not become ready within 5 minutes.");
    }

    private static async Task CopyAsync(StreamReader from, string path)
    {
        await using var to = File.CreateText(path);
        await to.WriteAsync(await from.ReadToEndAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class SignedIn(ServerProcess server, string userName) : DelegatingHandler(new HttpClientHandler())
    {
        private string? _token;

        public async Task SignInAsync() => _token = await server.TokenAsync(userName);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            var contentType = request.Content?.Headers.ContentType;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return response;
            }

            response.Dispose();
            await SignInAsync();
            using var again = new HttpRequestMessage(request.Method, request.RequestUri);
            if (body is not null)
            {
                again.Content = new ByteArrayContent(body);
                again.Content.Headers.ContentType = contentType;
            }

            again.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            return await base.SendAsync(again, cancellationToken);
        }
    }
}
