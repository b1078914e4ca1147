using System;
using System.Threading;
using System.Threading.Tasks;
using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Northwind.Database.Migrator.Core;

/// <summary>
/// Applies pending FluentMigrator migrations once the migrator host has started, then shuts it down.
/// </summary>
public sealed class MigrationStartupRunner : IHostedService
{
    private readonly IServiceProvider services;
    private readonly IHostApplicationLifetime lifetime;

    public MigrationStartupRunner(IServiceProvider services, IHostApplicationLifetime lifetime)
    {
        this.services = services;
        this.lifetime = lifetime;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(RunPending);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void RunPending()
    {
        var switches = services.GetRequiredService<MigrationSwitches>();
        if (!switches.RunOnStart)
        {
            return;
        }

        using (var scope = services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
        }

        if (switches.ExitWhenDone)
        {
            lifetime.StopApplication();
        }
    }
}
