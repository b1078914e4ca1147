using System.Collections.Generic;
using System.Linq;
using IdentityServer4.AccessTokenValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Tasmanian.Api
{
    public class ApiSchemeSettings
    {
        public string ApiName { get; set; }
        public string ApiSecret { get; set; }
    }

    public class JournalDbContext : DbContext
    {
        public JournalDbContext(DbContextOptions<JournalDbContext> options) : base(options) { }
    }

    // The journal API: a resource server that validates reference tokens against the
    // identity service by introspection. It is not an IdentityServer host.
    public class Startup
    {
        private readonly IWebHostEnvironment _environment;

        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Configuration = configuration;
            _environment = environment;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllers();

            var authority = Configuration["InternalIdentityServerUrl"];
            var schemes = new List<ApiSchemeSettings>();
            Configuration.GetSection("ApiSchemes").Bind(schemes);

            var auth = services.AddAuthentication(IdentityServerAuthenticationDefaults.AuthenticationScheme);
            foreach (var scheme in schemes)
            {
                auth.AddIdentityServerAuthentication(scheme.ApiName, options =>
                {
                    options.Authority = authority;
                    options.ApiName = scheme.ApiName;
                    options.ApiSecret = scheme.ApiSecret;
                    options.RequireHttpsMetadata = !_environment.IsDevelopment();
                });
            }

            var origins = Configuration.GetSection("AllowedCorsOrigins").Get<string[]>() ?? new string[0];
            services.AddCors(options => options.AddPolicy("default", policy =>
                policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()));

            services.AddDbContext<JournalDbContext>(options =>
                options.UseNpgsql(Configuration.GetConnectionString("JournalDbConnection")));

            services.AddSwaggerGen();
        }

        public void Configure(IApplicationBuilder app, JournalDbContext db)
        {
            db.Database.Migrate();

            app.UseRouting();
            app.UseCors("default");
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseEndpoints(endpoints => endpoints.MapControllers());

            app.UseSwagger();
            app.UseSwaggerUI(c => c.OAuthClientId(Configuration["SwaggerOidcClientId"]));
        }
    }
}
