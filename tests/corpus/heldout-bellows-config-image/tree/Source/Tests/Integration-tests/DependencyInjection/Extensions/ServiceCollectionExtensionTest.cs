using System.Collections.Generic;
using System.IO;
using Bellows.IdentityServer.DependencyInjection.Extensions;
using Duende.IdentityServer.EntityFramework.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace IntegrationTests.DependencyInjection.Extensions
{
	[TestClass]
	public class ServiceCollectionExtensionTest
	{
		[TestMethod]
		public void AddIdentityServer_OperationalStore_Test()
		{
			var configuration = new ConfigurationBuilder()
				.AddInMemoryCollection(new Dictionary<string, string>
				{
					{ "ConnectionStrings:IdentityServer", "Data Source=:memory:" },
					{ "Data:Provider", "Sqlite" },
					{ "Enabled", "true" }
				})
				.AddJsonFile(Path.Combine("DependencyInjection", "Extensions", "Resources", "IdentityServer", "OperationalStore.json"))
				.Build();

			var services = new ServiceCollection();
			services.AddLogging();
			services.Configure(configuration, new HostingEnvironment { ContentRootPath = Directory.GetCurrentDirectory(), EnvironmentName = "Integration-tests" });

			using(var serviceProvider = services.BuildServiceProvider())
			{
				var operationalStoreOptions = serviceProvider.GetRequiredService<OperationalStoreOptions>();
				Assert.IsTrue(operationalStoreOptions.EnableTokenCleanup);
				Assert.AreEqual(250, operationalStoreOptions.TokenCleanupBatchSize);
				Assert.AreEqual(900, operationalStoreOptions.TokenCleanupInterval);
			}
		}
	}
}
