using BlueYonder.Identity.Core.Configs;
using BlueYonder.Identity.Core.Extensions;
using BlueYonder.Identity.Data.DbContexts;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace BlueYonder.Identity.Admin.Server;

internal static class HostingExtensions
{
    public static WebApplication ConfigureAdminServices(this WebApplicationBuilder builder, string tier)
    {
        var connectionString = builder.Configuration.GetConnectionString("IdentityDb");
        ArgumentException.ThrowIfNullOrEmpty(connectionString);

        builder.Services.AddDbContext<ConfigurationStoreDbContext>(db =>
            db.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()));

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = builder.Configuration["IdentityServerProvider:Authority"];
                options.Audience = "blueyonder.identity.admin";
                options.RequireHttpsMetadata = tier.Equals("PRD", StringComparison.OrdinalIgnoreCase);
            });

        builder.Services.AddControllers();
        builder.Services.AddHealthChecks();
        builder.Services.AddSwaggerGen();

        return builder.Build();
    }

    public static WebApplication ConfigureAdminPipeline(this WebApplication app)
    {
        var system = app.Configuration.GetSection(SystemSettings.SectionName).Get<SystemSettings>()!;

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseExceptionHandler("/error");
        }

        app.UseSwagger();
        app.UseSwaggerUI();

        app.UseHttpsRedirection();
        app.UseStaticFiles();
        app.UseLoadBalancerForwardedHeaders(system.LoadBalancer);

        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers().RequireAuthorization();
        app.MapFallbackToFile("index.html");

        return app;
    }
}
