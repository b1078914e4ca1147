using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Soylent.Application.Entities;
using Soylent.Infrastructure;
using Soylent.Infrastructure.Persistence;

namespace Soylent.App.Infrastructure
{
    public static class DependencyInjection
    {
        // Shared by the token service and the app API.
        public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
        {
            services.AddLogging();

            services.AddSharedInfrastructure(configuration, environment);

            services.AddIdentity<User, IdentityRole<string>>(options =>
                {
                    options.SignIn.RequireConfirmedEmail = false;
                    options.Password.RequireDigit = true;
                    options.Password.RequireNonAlphanumeric = true;
                    options.Password.RequiredLength = 8;
                })
                .AddEntityFrameworkStores<ApplicationContext>()
                .AddDefaultTokenProviders();

            return services;
        }
    }
}
