using System;
using Bellows.IdentityServer.Builder;
using Bellows.IdentityServer.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bellows.IdentityServer.Application
{
	public class Startup
	{
		public Startup(IConfiguration configuration, IHostEnvironment hostEnvironment)
		{
			this.Configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
			this.HostEnvironment = hostEnvironment ?? throw new ArgumentNullException(nameof(hostEnvironment));
		}

		protected internal virtual IConfiguration Configuration { get; }
		protected internal virtual IHostEnvironment HostEnvironment { get; }

		public virtual void Configure(IApplicationBuilder applicationBuilder)
		{
			applicationBuilder.UseDefault();
		}

		public virtual void ConfigureServices(IServiceCollection services)
		{
			services.Configure(this.Configuration, this.HostEnvironment, () =>
			{
				services.AddScoped<Models.LayoutViewModel>();
			});
		}
	}
}
