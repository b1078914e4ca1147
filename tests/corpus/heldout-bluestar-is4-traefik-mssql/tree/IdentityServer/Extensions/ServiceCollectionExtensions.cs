using Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Repositories;
using Services.Services;

namespace IdentityServer
{
    public static class ServiceCollectionExtensions
    {
        // Registers the user store the login pages and the profile service use.
        public static IServiceCollection AddBluestarUserStore(this IServiceCollection services)
        {
            services.AddScoped<DbContext, IdentityDbContext>();
            services.AddScoped<IIdentityUserRepository, IdentityUserRepository>();
            services.AddScoped<IIdentityUserService, IdentityUserService>();
            return services;
        }
    }
}
