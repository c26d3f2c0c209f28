using System.Security.Cryptography;
using System.Text;

namespace WorkflowEngine.Core.Leases;

/// <summary>
/// Who holds the leases a dispatcher (timers, outbox) takes: an instance that survives a restart
/// on the same host (the machine and the content root) and a run that is new in every process.
/// Lease owners read <c>{instance}/{run}/{dispatcher}</c>, so at start-up a dispatcher can release
/// the leases its own instance took in an earlier run, which died with that process, instead of
/// letting their work wait out the whole lease.
/// </summary>
public sealed class LeaseHolder
{
    private static readonly string ThisProcess = Guid.NewGuid().ToString("N");

    /// <summary>A holder for an instance and a run.</summary>
    /// <param name="instance">Stable across restarts of one installation on one host; no '/'.</param>
    /// <param name="run">New in every process; no '/'.</param>
    public LeaseHolder(string instance, string run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instance);
        ArgumentException.ThrowIfNullOrWhiteSpace(run);
        if (instance.Contains('/', StringComparison.Ordinal) || run.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("An instance or run name cannot contain '/', which separates the parts of a lease owner.");
        }

        Instance = instance;
        Run = run;
    }

    /// <summary>The installation on this host, the same after a restart.</summary>
    public string Instance { get; }

    /// <summary>This process's run.</summary>
    public string Run { get; }

    /// <summary>Every lease owner of this instance, in any run, starts with this.</summary>
    public string InstancePrefix => Instance + "/";

    /// <summary>Every lease owner of this run starts with this.</summary>
    public string RunPrefix => $"{Instance}/{Run}/";

    /// <summary>
    /// The holder for this process: the machine's name and a hash of the content root (so two
    /// installations on one host are two instances), and a run shared by every dispatcher in the
    /// process (so dispatchers of one process never release each other's leases).
    /// </summary>
    public static LeaseHolder ForThisProcess(string contentRoot)
    {
        var root = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(contentRoot))))[..12];
        return new LeaseHolder($"{Environment.MachineName.Replace('/', '-')}:{root}", ThisProcess);
    }

    /// <summary>A new lease owner name for one dispatcher of this run.</summary>
    public string NewOwner() => RunPrefix + Guid.NewGuid().ToString("N");
}
