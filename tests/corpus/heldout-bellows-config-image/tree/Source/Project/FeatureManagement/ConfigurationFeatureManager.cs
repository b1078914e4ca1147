using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Bellows.IdentityServer.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.FeatureManagement;

namespace Bellows.IdentityServer.FeatureManagement
{
	/// <summary>
	/// Reads FeatureManagement:{Feature} while services are being registered. A feature that is
	/// not listed is off.
	/// </summary>
	public class ConfigurationFeatureManager : IFeatureManager
	{
		public ConfigurationFeatureManager(IConfiguration configuration)
		{
			this.Configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
		}

		protected internal virtual IConfiguration Configuration { get; }

		public virtual async IAsyncEnumerable<string> GetFeatureNamesAsync()
		{
			foreach(var name in Enum.GetNames(typeof(Feature)))
			{
				yield return await Task.FromResult(name);
			}
		}

		public virtual Task<bool> IsEnabledAsync(string feature)
		{
			var value = this.Configuration.GetSection($"{ConfigurationKeys.FeatureManagementPath}:{feature}").Value;
			return Task.FromResult(bool.TryParse(value, out var enabled) && enabled);
		}

		public virtual Task<bool> IsEnabledAsync<TContext>(string feature, TContext context)
		{
			return this.IsEnabledAsync(feature);
		}
	}

	public static class FeatureManagerExtension
	{
		public static bool IsEnabled(this IFeatureManager featureManager, Feature feature)
		{
			if(featureManager == null)
				throw new ArgumentNullException(nameof(featureManager));

			return featureManager.IsEnabledAsync(feature.ToString()).Result;
		}
	}
}
