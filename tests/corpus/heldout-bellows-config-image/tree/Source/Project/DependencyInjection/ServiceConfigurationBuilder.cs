using System;
using Bellows.IdentityServer.Configuration;
using Bellows.IdentityServer.FeatureManagement;
using Margies.DependencyInjection;
using Margies.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.FeatureManagement;

namespace Bellows.IdentityServer.DependencyInjection
{
	public class ServiceConfigurationBuilder
	{
		public ServiceConfigurationBuilder(IConfiguration configuration, IHostEnvironment hostEnvironment)
		{
			this.Configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
			this.HostEnvironment = hostEnvironment ?? throw new ArgumentNullException(nameof(hostEnvironment));

			var data = new DataOptions();
			configuration.GetSection(ConfigurationKeys.DataPath).Bind(data);
			this.Data = data;

			this.CertificateResolver = new CertificateResolver(new FileCertificateResolver(hostEnvironment.ContentRootPath), new StoreCertificateResolver());
			this.FeatureManager = new ConfigurationFeatureManager(configuration);
			this.InstanceFactory = new InstanceFactory();
		}

		public virtual ICertificateResolver CertificateResolver { get; }
		public virtual IConfiguration Configuration { get; }
		public virtual DataOptions Data { get; }
		public virtual IFeatureManager FeatureManager { get; }
		public virtual IHostEnvironment HostEnvironment { get; }
		public virtual IInstanceFactory InstanceFactory { get; }
	}
}
