using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Southridge.Identity.Internals.Data;

namespace Southridge.Identity.Internals.DependencyInjectionExtensions
{
    public static class RegisterDatabases
    {
        // users database (ASP.NET Core Identity)
        public static IServiceCollection AddSouthridgeDatabases(this IServiceCollection services, IConfiguration configuration)
        {
            string host = configuration["sis_main_database:host"];
            string name = configuration["sis_main_database:name"];

            if (string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(name) ||
                !int.TryParse(configuration["sis_main_database:port"], out int port))
                throw new InvalidOperationException("Users database settings are missing.");

            string username = configuration["sis_main_database:username"];
            string password = configuration["sis_main_database:password"];

            if (string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(password))
                throw new InvalidOperationException("Users database credentials are missing.");

            var connection = new NpgsqlConnectionStringBuilder
            {
                Host = host,
                Port = port,
                Database = name,
                Username = username,
                Password = password
            };

            services.AddDbContext<ApplicationDbContext>(options =>
                options.UseNpgsql(
                    connection.ConnectionString,
                    npgsql => npgsql.MigrationsAssembly(typeof(Startup).Assembly.FullName)));

            services.AddDatabaseDeveloperPageExceptionFilter();

            return services;
        }
    }
}
