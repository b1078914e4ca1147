using System;
using System.Collections.Generic;
using System.Net;
using Bellows.IdentityServer.Configuration;
using Bellows.IdentityServer.Configuration.Extensions;
using Bellows.IdentityServer.FeatureManagement;
using Duende.IdentityServer;
using Duende.IdentityServer.Configuration;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Options;
using Margies.Caching.Distributed.DependencyInjection.Extensions;
using Margies.DataProtection.DependencyInjection.Extensions;
using Margies.Web.Authentication.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.FeatureManagement;

namespace Bellows.IdentityServer.DependencyInjection.Extensions
{
	public static class ServiceCollectionExtension
	{
		public static IServiceCollection AddForwardedHeaders(this IServiceCollection services, ServiceConfigurationBuilder serviceConfigurationBuilder)
		{
			return services.Configure<ForwardedHeadersOptions>(options =>
			{
				// Start from nothing; whatever is trusted has to come from configuration.
				options.AllowedHosts.Clear();
				options.KnownNetworks.Clear();
				options.KnownProxies.Clear();

				var section = serviceConfigurationBuilder.Configuration.GetSection(ConfigurationKeys.ForwardedHeadersPath);
				section.Bind(options);

				foreach(var proxy in section.GetSection("Proxies").Get<List<string>>() ?? new List<string>())
				{
					options.KnownProxies.Add(IPAddress.Parse(proxy));
				}
			});
		}

		public static IServiceCollection AddIdentity(this IServiceCollection services, ServiceConfigurationBuilder serviceConfigurationBuilder)
		{
			var connectionString = serviceConfigurationBuilder.Configuration.GetConnectionString(serviceConfigurationBuilder.Data.ConnectionStringName);

			switch(serviceConfigurationBuilder.Data.Provider)
			{
				case DatabaseProvider.Sqlite:
					services.AddDbContext<IdentityDbContext>(builder => builder.UseSqlite(connectionString));
					break;
				case DatabaseProvider.SqlServer:
					services.AddDbContext<IdentityDbContext>(builder => builder.UseSqlServer(connectionString));
					break;
				default:
					throw new InvalidOperationException($"Unsupported database provider {serviceConfigurationBuilder.Data.Provider}.");
			}

			services.AddIdentity<IdentityUser, IdentityRole>()
				.AddEntityFrameworkStores<IdentityDbContext>()
				.AddDefaultTokenProviders();

			return services;
		}

		public static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services, ServiceConfigurationBuilder serviceConfigurationBuilder)
		{
			var connectionString = serviceConfigurationBuilder.Configuration.GetConnectionString(serviceConfigurationBuilder.Data.ConnectionStringName);

			return serviceConfigurationBuilder.Data.Provider switch
			{
				DatabaseProvider.Sqlite => services.AddIdentityServer(builder => builder.UseSqlite(connectionString), serviceConfigurationBuilder),
				DatabaseProvider.SqlServer => services.AddIdentityServer(builder => builder.UseSqlServer(connectionString), serviceConfigurationBuilder),
				_ => throw new InvalidOperationException($"Unsupported database provider {serviceConfigurationBuilder.Data.Provider}.")
			};
		}

		private static IIdentityServerBuilder AddIdentityServer(this IServiceCollection services, Func<DbContextOptionsBuilder, DbContextOptionsBuilder> useDatabase, ServiceConfigurationBuilder serviceConfigurationBuilder)
		{
			var identityServerSection = serviceConfigurationBuilder.Configuration.GetSection(ConfigurationKeys.IdentityServerPath);

			services.Configure<IdentityServerOptions>(options =>
			{
				options.SetDefaults();
				identityServerSection.Bind(options);
			});

			var identityServerBuilder = services.AddIdentityServer()
				.AddAspNetIdentity<IdentityUser>()
				.AddConfigurationStore<ConfigurationDbContext>(options =>
				{
					options.ConfigureDbContext = builder => useDatabase(builder);
					identityServerSection.GetSection("ConfigurationStore").Bind(options);
				})
				.AddConfigurationStoreCache()
				.AddJwtBearerClientAuthentication()
				.AddMutualTlsSecretValidators()
				.AddOperationalStore<PersistedGrantDbContext>(options =>
				{
					options.ConfigureDbContext = builder => useDatabase(builder);
					identityServerSection.GetSection("OperationalStore").Bind(options);
				});

			var signingCertificate = identityServerSection.GetSection("SigningCertificate");
			if(signingCertificate.Exists())
				identityServerBuilder.AddSigningCredential(serviceConfigurationBuilder.CertificateResolver.Resolve(signingCertificate));

			if(serviceConfigurationBuilder.FeatureManager.IsEnabled(Feature.Saml))
			{
				identityServerBuilder.AddSamlPlugin(options => identityServerSection.GetSection("Saml").Bind(options))
					.AddServiceProviderStore<Rsk.Saml.IdentityProvider.Storage.EntityFramework.Stores.ServiceProviderStore>();
			}

			return identityServerBuilder;
		}

		public static IServiceCollection Configure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment hostEnvironment, Action success = null)
		{
			if(services == null)
				throw new ArgumentNullException(nameof(services));

			services.Configure<Options>(configuration);
			var rootOptions = new Options();
			configuration.Bind(rootOptions);

			if(!rootOptions.Enabled)
			{
				services.AddControllersWithViews();
				return services;
			}

			var serviceConfiguration = new ServiceConfigurationBuilder(configuration, hostEnvironment);

			services.Configure<ExceptionHandlingOptions>(configuration.GetSection(ConfigurationKeys.ExceptionHandlingPath));
			services.Configure<HstsOptions>(configuration.GetSection(ConfigurationKeys.HstsPath));
			services.Configure<HttpsRedirectionOptions>(configuration.GetSection(ConfigurationKeys.HttpsRedirectionPath));

			if(serviceConfiguration.FeatureManager.IsEnabled(Feature.CertificateForwarding))
				services.AddCertificateForwarding(options => configuration.GetSection("CertificateForwarding").Bind(options));

			services.AddDataProtection(serviceConfiguration.CertificateResolver, configuration, hostEnvironment, serviceConfiguration.InstanceFactory);
			services.AddDistributedCache(configuration, hostEnvironment, serviceConfiguration.InstanceFactory);
			services.AddFeatureManagement();

			if(serviceConfiguration.FeatureManager.IsEnabled(Feature.ForwardedHeaders))
				services.AddForwardedHeaders(serviceConfiguration);

			services.AddIdentity(serviceConfiguration);
			services.AddIdentityServer(serviceConfiguration);

			services.AddControllersWithViews();

			services.AddAuthentication(serviceConfiguration.CertificateResolver, configuration, serviceConfiguration.InstanceFactory, options =>
			{
				options.DefaultScheme = IdentityServerConstants.DefaultCookieAuthenticationScheme;
				options.DefaultSignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
			});

			success?.Invoke();

			return services;
		}
	}
}
