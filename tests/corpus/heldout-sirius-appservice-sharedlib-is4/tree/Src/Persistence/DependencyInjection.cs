using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sirius.Application.Common.Interfaces;

namespace Sirius.Persistence
{
    public static class DependencyInjection
    {
        public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
        {
            services.AddDbContext<SiriusDbContext>(options =>
                options.UseSqlServer(configuration.GetConnectionString("SiriusDatabase")));

            services.AddScoped<ISiriusDbContext>(sp => sp.GetService<SiriusDbContext>());

            return services;
        }
    }
}
