using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WorkflowEngine.Persistence;

/// <summary>
/// Which database the stores use, read from <see cref="PersistenceOptions"/> when a store is first
/// resolved rather than while registering, so the host binds the options like any other.
/// </summary>
internal static class ProviderChoice
{
    public static DatabaseProvider Of(IServiceProvider services) =>
        services.GetRequiredService<IOptions<PersistenceOptions>>().Value.Provider;

    /// <summary>Registers <typeparamref name="TPort"/> as the chosen provider's implementation (each registered as itself).</summary>
    public static void Add<TPort, TSqlite, TPostgreSql>(IServiceCollection services)
        where TPort : class
        where TSqlite : class, TPort
        where TPostgreSql : class, TPort =>
        services.AddSingleton<TPort>(sp => Of(sp) == DatabaseProvider.PostgreSql
            ? sp.GetRequiredService<TPostgreSql>()
            : sp.GetRequiredService<TSqlite>());
}
