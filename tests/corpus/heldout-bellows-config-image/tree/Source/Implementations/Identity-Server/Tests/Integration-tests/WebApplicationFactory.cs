using System;
using Bellows.IdentityServer.Application;
using Bellows.IdentityServer.Hosting;
using Microsoft.Extensions.Hosting;

namespace IntegrationTests
{
	public class WebApplicationFactory : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Startup>
	{
		public WebApplicationFactory()
		{
			this.ClientOptions.BaseAddress = new Uri("https://localhost:6001");
		}

		protected override IHostBuilder CreateHostBuilder()
		{
			return Host.CreateHostBuilder<Startup>(null).UseEnvironment("Integration-tests");
		}
	}
}
