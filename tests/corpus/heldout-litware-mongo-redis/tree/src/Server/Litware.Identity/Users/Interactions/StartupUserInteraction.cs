using System;
using Litware.Identity.Common;
using Litware.Identity.Users.Interactions.Infrastructure.Config;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Litware.Identity.Users.Interactions.Infrastructure.Config
{
    public class InteractionEndpoints
    {
        public string LoginUrl { get; set; } = "/account/login";
        public string LogoutUrl { get; set; } = "/account/logout";
        public string CreateUser { get; set; } = "/registration/createuser";
    }

    public class UserInteractionConfig
    {
        public string Scope { get; set; }
        public InteractionEndpoints Endpoints { get; set; } = new InteractionEndpoints();
    }

    public class SmtpConfig
    {
        public string Host { get; set; }
        public int Port { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public string SenderEmail { get; set; }
    }
}

namespace Litware.Identity.Users.Interactions
{
    public static class StartupUserInteraction
    {
        // Login, logout and registration controllers plus the e-mail sender they use.
        public static IMvcBuilder AddIdentityServerUserInteraction(
            this IMvcBuilder mvc,
            Action<UserInteractionConfig> configure = null)
        {
            var services = mvc.AddApplicationPart(typeof(StartupUserInteraction).Assembly).Services;
            var configuration = services.BuildServiceProvider().GetRequiredService<IConfiguration>();

            var fromFile = configuration.GetSection("Identity:UserManagement").Get<UserInteractionConfig>()
                           ?? new UserInteractionConfig();
            services.Configure<UserInteractionConfig>(target =>
            {
                target.Scope = fromFile.Scope;
                target.Endpoints = fromFile.Endpoints;
                configure?.Invoke(target);
            });
            services.Configure<SmtpConfig>(configuration.GetSection("Smtp"));

            services.AddMediatR(typeof(StartupUserInteraction).Assembly);
            services.AddIdentityServerCommon();
            return mvc;
        }
    }
}
