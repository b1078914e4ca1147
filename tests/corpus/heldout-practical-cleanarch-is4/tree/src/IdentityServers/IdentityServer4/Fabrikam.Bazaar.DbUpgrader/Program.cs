using System;
using System.Reflection;
using DbUp;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace Fabrikam.Bazaar.DbUpgrader;

// Separate process that owns schema changes: EF migrations for the token stores, then DbUp scripts.
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var config = builder.Configuration;
        var thisAssembly = Assembly.GetExecutingAssembly().GetName().Name;

        builder.Services.AddBazaarData(config.GetConnectionString("Bazaar"), thisAssembly);

        builder.Services.AddIdentityServer()
            .AddTokenStores(config.GetConnectionString("TokenService"), thisAssembly);

        var app = builder.Build();

        Policy.Handle<Exception>()
            .WaitAndRetry(new[] { TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(45) })
            .Execute(() =>
            {
                app.MigrateTokenStores();

                var result = DeployChanges.To
                    .SqlDatabase(config.GetConnectionString("Bazaar"))
                    .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly())
                    .LogToConsole()
                    .Build()
                    .PerformUpgrade();

                if (!result.Successful)
                {
                    throw result.Error;
                }
            });

        app.Run();
    }
}
