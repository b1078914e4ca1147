using IdentityService.Auth;
using IdentityService.Data;
using IdentityService.Entities;
using IdentityService.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IdentityService.HostedServices;

public class IdentitySeedHostedService : IHostedService
{
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IdentitySettings _settings;
    private readonly ILogger<IdentitySeedHostedService> _logger;

    public IdentitySeedHostedService(
        IServiceScopeFactory scopeFactory,
        IOptions<IdentitySettings> identityOptions,
        ILogger<IdentitySeedHostedService> logger)
    {
        _scopeFactory = scopeFactory;
        _settings = identityOptions.Value;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = _scopeFactory.CreateScope();

        // Identity tables are migrated by this service at every start; tenant tables belong to TenantService
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        _logger.LogInformation("Applying pending identity database migrations...");
        await db.Database.MigrateAsync(cancellationToken);
        _logger.LogInformation("Identity database migrations applied");

        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<ApplicationRole>>();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        if (!await roleManager.RoleExistsAsync(Roles.Admin))
            await roleManager.CreateAsync(new ApplicationRole { Name = Roles.Admin });

        var admin = await userManager.FindByEmailAsync(_settings.AdminUserEmail);
        if (admin is null)
        {
            admin = new ApplicationUser
            {
                UserName = _settings.AdminUserEmail,
                Email = _settings.AdminUserEmail,
                CurrentRestaurantId = _settings.RestaurantId,
                CurrentLocationId = _settings.LocationId,
                EmailConfirmed = false
            };
            var result = await userManager.CreateAsync(admin, _settings.AdminUserPassword);
            if (result.Succeeded)
                await userManager.AddToRoleAsync(admin, Roles.Admin);
            else
                _logger.LogError("Could not create admin user: {Errors}",
                    string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
