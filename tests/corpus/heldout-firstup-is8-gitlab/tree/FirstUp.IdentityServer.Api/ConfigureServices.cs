using DNTCaptcha.Core;
using IdentityServer.Application.Common.Interfaces;
using IdentityServer.Domain.Entities;
using IdentityServer.Infrastructure.Persistence;
using IdentityServer.Infrastructure.Services;
using IdentityServer.Services;
using IdentityServer8.Configuration;
using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace Microsoft.Extensions.DependencyInjection;

public static class ConfigureServices
{
    public static IServiceCollection AddWebUIServices(this IServiceCollection services, AppSettings appSetting, IWebHostEnvironment env)
    {
        services.AddDatabaseDeveloperPageExceptionFilter();
        services.AddScoped<ICurrentUserService, CurrentUserService>();
        services.AddHttpContextAccessor();
        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>();
        services.AddControllersWithViews();
        services.AddControllers().AddNewtonsoftJson();
        services.AddRazorPages();

        services.AddCors(options =>
        {
            options.AddPolicy(name: "CorsPolicy", policy =>
            {
                policy.AllowAnyHeader()
                      .AllowAnyMethod()
                      .AllowCredentials()
                      .WithOrigins(appSetting.CORSTrustedOrigins);
            });
        });

        services.AddDbContext<IdentityDbContext>(options =>
        {
            options.UseSqlServer(appSetting.ConnectionStrings.MSSQL, sql =>
            {
                sql.CommandTimeout(360);
                sql.EnableRetryOnFailure(3);
            });
        }, ServiceLifetime.Scoped);

        services.AddIdentity<ApplicationUser, ApplicationRole>(options =>
        {
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromDays(1);
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Password.RequiredLength = 8;
            options.Password.RequireNonAlphanumeric = false;
            options.SignIn.RequireConfirmedEmail = false;
        })
        .AddEntityFrameworkStores<ApplicationDbContext>()
        .AddDefaultTokenProviders();

        IIdentityServerBuilder builder = services.AddIdentityServer(options =>
        {
            options.Events.RaiseErrorEvents = true;
            options.Events.RaiseInformationEvents = true;
            options.Events.RaiseFailureEvents = true;
            options.Events.RaiseSuccessEvents = true;
            options.UserInteraction.LoginUrl = "/Account/Login";
            options.UserInteraction.LogoutUrl = "/Account/Logout";
            options.Authentication = new AuthenticationOptions()
            {
                CookieLifetime = TimeSpan.FromHours(12),
                CookieSlidingExpiration = true
            };
        })
        .AddDeveloperSigningCredential()
        .AddConfigurationStore(options =>
        {
            options.ConfigureDbContext = b => b.UseSqlServer(appSetting.ConnectionStrings.MSSQL);
        })
        .AddOperationalStore(options =>
        {
            options.ConfigureDbContext = b => b.UseSqlServer(appSetting.ConnectionStrings.MSSQL);
            options.EnableTokenCleanup = true;
        })
        .AddAspNetIdentity<ApplicationUser>()
        .AddProfileService<ProfileService>();

        services.AddAuthentication().AddJwtBearer(jwt =>
        {
            jwt.SaveToken = true;
            jwt.Authority = appSetting.IdentityServerAddress;
            jwt.RequireHttpsMetadata = false;
            jwt.Audience = appSetting.Scope;
            jwt.TokenValidationParameters.ValidTypes = new[] { "at+jwt" };
        });

        services.AddMassTransit(bus =>
        {
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(appSetting.QueueSettings.HostName, appSetting.QueueSettings.VirtualHost, h =>
                {
                    h.Username(appSetting.QueueSettings.UserName);
                    h.Password(appSetting.QueueSettings.Password);
                });
                rabbit.ExchangeType = ExchangeType.Direct;
            });
        });

        services.AddDNTCaptcha(options =>
        {
            options.UseMemoryCacheStorageProvider()
                   .AbsoluteExpiration(1)
                   .RateLimiterPermitLimit(10)
                   .ShowExceptionsInResponse(env.IsDevelopment())
                   .WithEncryptionKey("Captcha phrase for FirstUp sign-in")
                   .WithNonceKey("FIRSTUP_CAPTCHA_NONCE")
                   .Identifier("dntCaptcha");
        });

        return services;
    }
}
