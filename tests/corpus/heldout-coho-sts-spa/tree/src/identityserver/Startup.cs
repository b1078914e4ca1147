using System;
using System.Text;
using System.Threading.Tasks;
using Coho.Sts.Admin.DbContexts;
using Coho.Sts.Admin.DependencyInjection;
using Coho.Sts.Admin.Entities;
using Coho.Sts.Admin.Filters;
using Coho.Sts.Admin.Helpers;
using Coho.Sts.Admin.Models;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using StackExchange.Redis;

namespace Coho.Sts.Admin;

public class Startup
{
    private const string SpaCorsPolicy = "spaCors";

    public Startup(IConfiguration configuration)
    {
        Configuration = configuration;
    }

    public IConfiguration Configuration { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        var spaBaseUrl = Configuration.GetSection("FrontendBaseUrl").Value;
        //services.AddDataProtection().PersistKeysToDbContext<StsDataProtectionDbContext>();

        // the SPA calls the account API with cookies from another origin
        services.AddCors(cors =>
        {
            cors.AddPolicy(SpaCorsPolicy, policy =>
            {
                policy.SetIsOriginAllowed(_ => true)
                    .AllowAnyHeader()
                    .AllowAnyMethod()
                    .AllowCredentials();
            });
        });

        services.AddControllers().AddNewtonsoftJson(options =>
        {
            options.SerializerSettings.ReferenceLoopHandling = ReferenceLoopHandling.Ignore;
            options.SerializerSettings.ContractResolver = new CamelCasePropertyNamesContractResolver();
        });

        services.RegisterDbContexts<StsIdentityDbContext, StsConfigurationDbContext, StsPersistedGrantDbContext, StsDataProtectionDbContext>(Configuration);

        services.AddIdentity<StsIdentityDbContext, User, Role>(Configuration)
            .AddIdentityServer4<StsConfigurationDbContext, StsPersistedGrantDbContext, User>(Configuration);

        services.ConfigureApplicationCookie(options =>
        {
            options.ExpireTimeSpan = TimeSpan.FromDays(7);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => WriteJsonRedirectAsync(context.Response, 302, $"{spaBaseUrl}/signIn");
            options.Events.OnRedirectToAccessDenied = context => WriteJsonRedirectAsync(context.Response, 403, $"{spaBaseUrl}/accessDenied");
        });

        // IdentityServer's own CORS check for the token and userinfo endpoints
        services.AddSingleton<ICorsPolicyService>(provider =>
        {
            var logger = provider.GetService<ILogger<DefaultCorsPolicyService>>();
            return new DefaultCorsPolicyService(logger)
            {
                AllowedOrigins = new[] { Configuration.GetSection("FrontendBaseUrl").Value },
                AllowAll = true
            };
        });

        var redisOptions = Configuration.GetSection(nameof(RedisOptions)).Get<RedisOptions>();
        if (redisOptions != null && redisOptions.Enable)
        {
            services.Configure<RedisOptions>(Configuration.GetSection(nameof(RedisOptions)));
            services.AddSingleton<RedisClient>();
            services.AddSingleton<IConnectionMultiplexer>(_ =>
                ConnectionMultiplexer.Connect($"{redisOptions.Host}:{redisOptions.Port},defaultDatabase={redisOptions.Db},password={redisOptions.Password}"));
        }
        else
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => null);
        }
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
    {
        app.UseCors(SpaCorsPolicy);
        app.UseMiddleware<GlobalExceptionMiddleware>();

        app.UseCookiePolicy(new CookiePolicyOptions { MinimumSameSitePolicy = SameSiteMode.Lax });

        app.UseRouting();

        app.UseIdentityServer();
        app.UseAuthorization();

        app.UseEndpoints(endpoints => { endpoints.MapControllers(); });
    }

    private static async Task WriteJsonRedirectAsync(HttpResponse response, int code, string target)
    {
        var body = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(
            new ApiResult<string> { Code = code, Data = target },
            new JsonSerializerSettings { ContractResolver = new CamelCasePropertyNamesContractResolver() }));

        response.StatusCode = 200;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, 0, body.Length);
    }
}
