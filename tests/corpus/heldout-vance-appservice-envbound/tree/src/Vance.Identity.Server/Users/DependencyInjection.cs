using Duende.IdentityServer.Services;
using Microsoft.EntityFrameworkCore;
using Vance.Identity.Server.Data;
using Vance.Identity.Server.Users.Domain;
using Vance.Identity.Server.Users.Persistence;
using Vance.Identity.Server.Users.Presentation;

namespace Vance.Identity.Server.Users;

internal static class DependencyInjection
{
    public static void AddUsers(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContext<AccountsDbContext>(options =>
            options.UseNpgsql(builder.Configuration.GetConnectionString(Constants.IdentityDbName)));

        builder.Services.AddTransient<IProfileService, VanceProfileService>();
    }

    public static void MapUsers(this WebApplication app)
    {
        app.MapUserLookup();
    }
}
