using System;
using Bellows.IdentityServer.Configuration;
using Bellows.IdentityServer.Data.Transferring;
using Bellows.IdentityServer.FeatureManagement;
using Duende.IdentityServer.EntityFramework.DbContexts;
using Margies.DataProtection.Builder.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.FeatureManagement;

namespace Bellows.IdentityServer.Builder
{
	public static class ApplicationBuilderExtension
	{
		private static IApplicationBuilder MigrateDatabase<T>(this IApplicationBuilder applicationBuilder) where T : DbContext
		{
			using(var scope = applicationBuilder.ApplicationServices.CreateScope())
			{
				scope.ServiceProvider.GetRequiredService<T>().Database.Migrate();
			}

			return applicationBuilder;
		}

		public static IApplicationBuilder UseDefault(this IApplicationBuilder applicationBuilder)
		{
			if(applicationBuilder == null)
				throw new ArgumentNullException(nameof(applicationBuilder));

			var options = applicationBuilder.ApplicationServices.GetRequiredService<IOptions<Configuration.Options>>().Value;

			if(!options.Enabled)
			{
				applicationBuilder.Run(async context => await context.Response.WriteAsync("Not enabled: configure the application and set Enabled to true."));
				return applicationBuilder;
			}

			var exceptionHandling = applicationBuilder.ApplicationServices.GetRequiredService<IOptions<ExceptionHandlingOptions>>().Value;
			if(exceptionHandling.DeveloperExceptionPage)
				applicationBuilder.UseDeveloperExceptionPage();
			else
				applicationBuilder.UseExceptionHandler(exceptionHandling.Path);

			var featureManager = applicationBuilder.ApplicationServices.GetRequiredService<IFeatureManager>();

			if(featureManager.IsEnabled(Feature.CertificateForwarding))
				applicationBuilder.UseCertificateForwarding();

			if(featureManager.IsEnabled(Feature.ForwardedHeaders))
				applicationBuilder.UseForwardedHeaders();

			if(featureManager.IsEnabled(Feature.Hsts))
				applicationBuilder.UseHsts();

			if(featureManager.IsEnabled(Feature.HttpsRedirection))
				applicationBuilder.UseHttpsRedirection();

			applicationBuilder.UseIdentity();

			applicationBuilder
				.UseDataProtection()
				.UseStaticFiles()
				.UseRouting()
				.UseIdentityServer()
				.UseAuthorization();

			if(featureManager.IsEnabled(Feature.DataSeeding))
				applicationBuilder.UseDataSeeding();

			applicationBuilder.UseEndpoints(endpoints => endpoints.MapDefaultControllerRoute());

			return applicationBuilder;
		}

		public static IApplicationBuilder UseDataSeeding(this IApplicationBuilder applicationBuilder)
		{
			// Imports clients, resources and users from configuration into the databases.
			using(var scope = applicationBuilder.ApplicationServices.CreateScope())
			{
				scope.ServiceProvider.GetRequiredService<IDataImporter>().Import(applicationBuilder.ApplicationServices.GetRequiredService<IConfiguration>());
			}

			return applicationBuilder;
		}

		public static IApplicationBuilder UseIdentity(this IApplicationBuilder applicationBuilder)
		{
			return applicationBuilder.MigrateDatabase<IdentityDbContext>();
		}

		public static IApplicationBuilder UseIdentityServer(this IApplicationBuilder applicationBuilder)
		{
			applicationBuilder.UseIdentityServer(new IdentityServerMiddlewareOptions());

			using(var scope = applicationBuilder.ApplicationServices.CreateScope())
			{
				scope.ServiceProvider.GetRequiredService<ConfigurationDbContext>().Database.Migrate();
				scope.ServiceProvider.GetRequiredService<PersistedGrantDbContext>().Database.Migrate();
			}

			return applicationBuilder;
		}
	}
}
