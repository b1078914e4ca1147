using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Southridge.Identity.Internals.Data;
using Southridge.Identity.Internals.Models;

namespace Southridge.Identity.Internals.DependencyInjectionExtensions
{
    public static class RegisterUsers
    {
        public static IServiceCollection AddSouthridgeUsers(this IServiceCollection services)
        {
            services.AddIdentity<ApplicationUser, IdentityRole>()
                .AddEntityFrameworkStores<ApplicationDbContext>()
                .AddDefaultTokenProviders();

            services.Configure<IdentityOptions>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 3;
            });

            return services;
        }
    }
}
