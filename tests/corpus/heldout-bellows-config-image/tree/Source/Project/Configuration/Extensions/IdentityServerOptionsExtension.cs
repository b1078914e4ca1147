using System;
using Duende.IdentityServer.Configuration;

namespace Bellows.IdentityServer.Configuration.Extensions
{
	public static class IdentityServerOptionsExtension
	{
		public static void SetDefaults(this IdentityServerOptions options)
		{
			if(options == null)
				throw new ArgumentNullException(nameof(options));

			options.Events.RaiseErrorEvents = true;
			options.Events.RaiseFailureEvents = true;
			options.Events.RaiseInformationEvents = true;
			options.Events.RaiseSuccessEvents = true;

			options.UserInteraction.LoginUrl = "/Account/SignIn";
			options.UserInteraction.LogoutUrl = "/Account/SignOut";
			options.UserInteraction.ConsentUrl = "/Consent";
			options.UserInteraction.ErrorUrl = "/Error";
			options.UserInteraction.DeviceVerificationUrl = "/Device";
		}
	}
}
