using System;
using Duende.IdentityServer.Configuration;
using Duende.IdentityServer.EntityFramework.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TokenService.Models;
using Woodgrove.Core.Services;
using Woodgrove.Core.Validation;
using Woodgrove.EntityFramework.Context;
using Woodgrove.EntityFramework.Context.Extensions;
using Woodgrove.IdentityServer.EntityFramework.Storage.Extensions;
using Woodgrove.IdentityServer.EntityFramework.Storage.Models;

namespace TokenService
{
    public class Startup
    {
        private Exception _deferredException;

        public Startup(IConfiguration configuration, IHostEnvironment hostingEnvironment)
        {
            Configuration = configuration;
            HostingEnvironment = hostingEnvironment;
        }

        public IConfiguration Configuration { get; }
        public IHostEnvironment HostingEnvironment { get; }
        public AppOptions AppOptions { get; private set; }

        public void ConfigureServices(IServiceCollection services)
        {
            try
            {
                AppOptions = Configuration.GetSection("AppOptions").Get<AppOptions>();
                services.Configure<AppOptions>(Configuration.GetSection("AppOptions"));
                var keyVaultSigningOptions = Configuration
                    .GetSection("KeyVaultSigningOptions")
                    .Get<KeyVaultSigningOptions>();

                services.Configure<IdentityServerOptions>(Configuration.GetSection("IdentityServer"));
                services.Configure<KeyVaultSigningOptions>(Configuration.GetSection("KeyVaultSigningOptions"));
                services.Configure<SelfManagedCertificatesOptions>(Configuration.GetSection("SelfManagedCertificatesOptions"));

                // the container image sets ASPNETCORE_FORWARDEDHEADERS_ENABLED
                var forwardedHeadersEnabled = string.Equals(
                    Environment.GetEnvironmentVariable("ASPNETCORE_FORWARDEDHEADERS_ENABLED"),
                    "true", StringComparison.OrdinalIgnoreCase);
                if (forwardedHeadersEnabled)
                {
                    services.Configure<ForwardedHeadersOptions>(options =>
                    {
                        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                        // accept the headers from whoever sends them
                        options.KnownNetworks.Clear();
                        options.KnownProxies.Clear();
                    });
                }

                services.AddHostStorage();
                services.AddScopedStorage();
                services.AddGraceRefreshTokenService();

                var operationalStoreOptions = new OperationalStoreOptions
                {
                    EnableTokenCleanup = true
                };
                services.AddSingleton(operationalStoreOptions);
                services.AddSingleton(new ConfigurationStoreOptions());

                var builder = services.AddIdentityServer()
                    .AddEntityFrameworkStores()
                    .AddInMemoryCaching()
                    .AddExtensionGrantValidator<TokenExchangeGrantValidator>()
                    .SwapOutRefreshTokenStore()
                    .SwapOutTokenService<TenantTokenService>();

                services.Configure<EntityFrameworkConnectionOptions>(
                    Configuration.GetSection("EntityFrameworkConnectionOptions"));

                switch (AppOptions.DatabaseType)
                {
                    default:
                    case AppOptions.DatabaseTypes.InMemory:
                        services.AddInMemoryDbContextOptionsProvider();
                        break;
                    case AppOptions.DatabaseTypes.CosmosDB:
                        services.AddCosmosDbContextOptionsProvider();
                        break;
                    case AppOptions.DatabaseTypes.SqlServer:
                        services.AddSqlServerDbContextOptionsProvider();
                        break;
                }

                services.AddDbContextTenantServices();

                //  builder.AddDeveloperSigningCredential();

                services.AddTenantServices();

                if (keyVaultSigningOptions.Enabled)
                {
                    services.AddKeyVaultTokenCreationServices();
                    services.AddKeyVaultECDsaStores(options =>
                    {
                        options.ExpirationSeconds = 43200;
                        options.KeyVaultName = keyVaultSigningOptions.KeyVaultName;
                    });
                }
                else
                {
                    services.AddSelfManagedValidationKeysStores();
                }

                switch (AppOptions.OperationalStoreType)
                {
                    default:
                    case AppOptions.DatabaseTypes.InMemory:
                        services.AddInMemoryTenantAwarePersistedGrantStore();
                        break;
                    case AppOptions.DatabaseTypes.EntityFramework:
                        services.AddEntityFrameworkOperationalStore();
                        break;
                }

                services.AddControllers();
                services.AddSwaggerGen();
            }
            catch (Exception ex)
            {
                _deferredException = ex;
            }
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env, ILogger<Startup> logger)
        {
            if (_deferredException != null)
            {
                logger.LogError(_deferredException.Message);
                throw _deferredException;
            }

            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
                app.UseSwagger();
                app.UseSwaggerUI(c => c.SwaggerEndpoint("/swagger/v1/swagger.json", "TokenService v1"));
            }

            if (!AppOptions.DisableHttpRedirect)
            {
                app.UseHttpsRedirection();
            }
            app.UseForwardedHeaders();

            app.UseRouting();
            app.UseTenantServices();
            app.UseIdentityServer();
            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllers();
            });
        }
    }
}
