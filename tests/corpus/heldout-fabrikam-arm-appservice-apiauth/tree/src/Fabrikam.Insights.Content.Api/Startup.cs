using Fabrikam.Insights.Common.Database;
using Fabrikam.Insights.Content.Model;
using Fabrikam.Insights.Data.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Fabrikam.Insights.Content.Api
{
    // Public, read-only content API for the public website. It trusts no tokens and hosts no sign-in.
    public class Startup
    {
        private IConfiguration Configuration { get; }

        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddHealthChecks();
            services.AddApplicationInsightsTelemetry();
            services.AddMvc(options => options.EnableEndpointRouting = false).AddNewtonsoftJson();

            services.AddDbContext<StatisticsDbContext>(options =>
                options.UseSqlServer(Configuration.GetConnectionString("StatisticsDb"),
                    sql => sql.EnableCustomRetryOnFailure()));

            services.AddDbContext<ContentDbContext>(options =>
                options.UseSqlServer(Configuration.GetConnectionString("ContentDb"),
                    sql => sql.EnableCustomRetryOnFailure()));

            services.AddResponseCompression(options => options.EnableForHttps = true);
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            else
            {
                app.UseHttpsRedirection();
                app.UseHsts(hsts => hsts.MaxAge(365).IncludeSubdomains());
            }

            app.UseCors(cors => cors
                .WithOrigins(
                    "http://localhost:3000",
                    "https://localhost:3000")
                .AllowAnyMethod()
                .AllowAnyHeader());

            app.UseMvc();
            app.UseHealthChecks("/api/health");
            app.UseResponseCompression();
        }
    }
}
