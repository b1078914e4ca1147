using DevExpress.Xpo;
using DevExpress.Xpo.Metadata;

using Duende.IdentityServer;

using Microsoft.AspNetCore.Identity;

using Oscorp.Identity.Data;
using Oscorp.Identity.Xpo.Storage.Models;

namespace Oscorp.Identity;

// Registered with AddHostedService: runs before the host starts serving requests.
public sealed class UpdateDatabaseBackgroundService : IHostedService
{
    private readonly DatabaseUpdateHandler handler;

    public UpdateDatabaseBackgroundService(DatabaseUpdateHandler handler) => this.handler = handler;

    public Task StartAsync(CancellationToken cancellationToken) => handler.UpdateDatabase();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class DatabaseUpdateHandler
{
    public const string AdminRole = "Administrator";
    public const string AdminUser = "Administrator";
    public const string AdminInitialPassword = "Oscorp!Admin1";

    private readonly IServiceProvider provider;
    private readonly IConfiguration configuration;
    private bool done;

    public DatabaseUpdateHandler(IServiceProvider provider, IConfiguration configuration)
    {
        this.provider = provider;
        this.configuration = configuration;
    }

    public async Task UpdateDatabase()
    {
        if (done)
        {
            return;
        }

        using var scope = provider.CreateScope();
        using var uow = scope.ServiceProvider.GetRequiredService<UnitOfWork>();

        // XPO schema update: creates and alters tables for every persistent class
        uow.UpdateSchema(false, uow.Dictionary.Classes.OfType<XPClassInfo>().Where(c => c.IsPersistent).ToArray());

        await SeedResources(uow);
        await SeedRoles(scope.ServiceProvider);

        if (configuration.GetValue<bool?>("Oscorp:SeedAdminUser") ?? false)
        {
            await SeedAdmin(scope.ServiceProvider);
        }

        done = true;
    }

    private static async Task SeedResources(UnitOfWork uow)
    {
        if (uow.Query<XpoApiScope>().Any(s => s.Name == IdentityServerConstants.LocalApi.ScopeName))
        {
            return;
        }

        uow.Save(new XpoApiScope(uow) { Name = IdentityServerConstants.LocalApi.ScopeName, Enabled = true });
        foreach (var name in new[] { "openid", "profile", "email", "role" })
        {
            uow.Save(new XpoIdentityResource(uow) { Name = name, Enabled = true, ShowInDiscoveryDocument = true });
        }

        await uow.CommitChangesAsync();
    }

    private static async Task SeedRoles(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (await roles.FindByNameAsync(AdminRole) is null)
        {
            await roles.CreateAsync(new IdentityRole(AdminRole));
        }
    }

    private static async Task SeedAdmin(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<OscorpIdentityUser>>();
        if (await users.FindByNameAsync(AdminUser) is not null)
        {
            return;
        }

        await users.CreateAsync(new OscorpIdentityUser { UserName = AdminUser, EmailConfirmed = true }, AdminInitialPassword);
        var admin = await users.FindByNameAsync(AdminUser);
        await users.AddToRoleAsync(admin, AdminRole);
    }
}
