using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WorkflowEngine.Web.Tests.Operations;

/// <summary>
/// A tiny OpenTelemetry collector for the tests: an HTTP listener on a free local port that accepts
/// OTLP/HTTP protobuf exports (<c>/v1/traces</c>, <c>/v1/metrics</c>, <c>/v1/logs</c>) and keeps
/// every span it is sent.
/// </summary>
internal sealed class OtlpCollector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public OtlpCollector()
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The collector's base address, as an app's <c>OpenTelemetry:Endpoint</c>.</summary>
    public Uri Address { get; }

    public ConcurrentQueue<ReceivedSpan> Spans { get; } = new();

    /// <summary>How many trace exports arrived.</summary>
    public int TraceExports => _traceExports;

    private int _traceExports;

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.Url?.AbsolutePath == "/v1/traces")
            {
                Interlocked.Increment(ref _traceExports);
                foreach (var span in SpansOf(body.ToArray()))
                {
                    Spans.Enqueue(span);
                }
            }

            // An empty Export...ServiceResponse: everything accepted.
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    // ExportTraceServiceRequest: resource_spans = 1 → ResourceSpans: scope_spans = 2 → ScopeSpans: scope = 1 (name = 1), spans = 2
    // → Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5.
    private static IEnumerable<ReceivedSpan> SpansOf(ReadOnlyMemory<byte> request) =>
        from resource in ProtobufFields.Read(request).Where(f => f.Field == 1)
        from scopeSpans in ProtobufFields.Read(resource.Bytes).Where(f => f.Field == 2)
        let scope = ProtobufFields.Read(scopeSpans.Bytes).Where(f => f.Field == 1)
            .SelectMany(s => ProtobufFields.Read(s.Bytes).Where(f => f.Field == 1)).Select(f => Encoding.UTF8.GetString(f.Bytes.Span)).FirstOrDefault() ?? string.Empty
        from span in ProtobufFields.Read(scopeSpans.Bytes).Where(f => f.Field == 2)
        let fields = ProtobufFields.Read(span.Bytes).ToList()
        select new ReceivedSpan(
            Hex(fields, 1), Hex(fields, 2), Hex(fields, 4),
            fields.Where(f => f.Field == 5).Select(f => Encoding.UTF8.GetString(f.Bytes.Span)).FirstOrDefault() ?? string.Empty,
            scope, TextAttributes(fields));

    // Span attributes = 9 → KeyValue: key = 1, value = 2 → AnyValue: string_value = 1.
    private static Dictionary<string, string> TextAttributes(List<(int Field, ReadOnlyMemory<byte> Bytes)> fields)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in fields.Where(f => f.Field == 9))
        {
            var parts = ProtobufFields.Read(attribute.Bytes).ToList();
            var key = parts.Where(p => p.Field == 1).Select(p => Encoding.UTF8.GetString(p.Bytes.Span)).FirstOrDefault();
            var text = parts.Where(p => p.Field == 2).SelectMany(p => ProtobufFields.Read(p.Bytes)).Where(p => p.Field == 1)
                .Select(p => Encoding.UTF8.GetString(p.Bytes.Span)).FirstOrDefault();
            if (key is not null && text is not null)
            {
                attributes[key] = text;
            }
        }

        return attributes;
    }

    private static string Hex(List<(int Field, ReadOnlyMemory<byte> Bytes)> fields, int number) =>
        fields.Where(f => f.Field == number).Select(f => Convert.ToHexString(f.Bytes.Span)).FirstOrDefault() ?? string.Empty;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
