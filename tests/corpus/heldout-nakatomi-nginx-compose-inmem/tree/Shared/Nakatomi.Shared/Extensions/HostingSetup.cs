using System.IdentityModel.Tokens.Jwt;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Nakatomi.Shared.Settings;

namespace Nakatomi.Shared.Extensions;

// Shared by the Inventory and Cart APIs. Nakatomi.Auth keeps its own copy.
public static class HostingSetup
{
    public static WebApplicationBuilder ConfigureServices(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ServiceSettings>(builder.Configuration.GetSection(ServiceSettings.SectionName));

        var service = builder.Configuration.GetSection(ServiceSettings.SectionName).Get<ServiceSettings>()!;
        var authority = builder.Configuration.GetSection(AuthoritySettings.SectionName).Get<AuthoritySettings>()!;

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 2;
            options.KnownNetworks.Clear();
            options.KnownProxies.Clear();
        });

        builder.Services.AddHsts(options =>
        {
            options.IncludeSubDomains = true;
            options.MaxAge = TimeSpan.FromDays(60);
        });

        builder.Services.AddHttpsRedirection(options => options.RedirectStatusCode = (int)HttpStatusCode.TemporaryRedirect);

        builder.Services.AddCors(options => options.AddPolicy("ServiceCors", policy => policy
            //.SetIsOriginAllowed(_ => true)
            .WithOrigins(authority.Url, service.BaseUrl, service.PublicUrl, service.StorefrontUrl)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .AllowCredentials()));

        builder.Services.AddControllers();

        builder.Services
            .AddAuthentication()
            .AddJwtBearer("Site", options =>
            {
                options.Authority = authority.Url;
                options.Audience = authority.SiteAudience;
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters = new TokenValidationParameters { ValidateAudience = false };
            });

        builder.Services.AddAuthorization();
        JwtSecurityTokenHandler.DefaultInboundClaimTypeMap.Clear();

        return builder;
    }

    public static WebApplication ConfigurePipeline(this WebApplication app)
    {
        var service = app.Services.GetRequiredService<IOptionsMonitor<ServiceSettings>>().CurrentValue;

        if (!string.IsNullOrEmpty(service.BasePath))
        {
            app.UsePathBase(service.BasePath);
        }

        var forwarded = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 2,
        };
        forwarded.KnownNetworks.Clear();
        forwarded.KnownProxies.Clear();
        app.UseForwardedHeaders(forwarded);

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseRouting();
        app.UseCors("ServiceCors");
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();

        return app;
    }
}
