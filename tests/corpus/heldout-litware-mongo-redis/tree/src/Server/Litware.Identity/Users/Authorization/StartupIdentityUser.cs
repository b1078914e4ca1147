using System;
using IdentityServer4.Services;
using Litware.Identity.Users.Authorization.Services;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Litware.Identity.Users.Authorization
{
    public static class StartupIdentityUser
    {
        // For APIs that validate tokens issued by the server (used by the API host, not the UI hosts).
        public static AuthenticationBuilder AddIdentityServerUserAuthentication(this AuthenticationBuilder builder)
        {
            var configuration = builder.Services.BuildServiceProvider().GetRequiredService<IConfiguration>();
            var audience = configuration.GetSection("Identity:Audience");

            builder.AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.Authority = audience["Authority"];
                jwt.Audience = audience["ClientId"];
                jwt.RequireHttpsMetadata = audience.GetValue<bool>("RequireSsl");
            });
            return builder;
        }

        public static IIdentityServerBuilder AddIdentityServerUserAuthorization<TUser, TRole>(
            this IIdentityServerBuilder builder,
            Action<IdentityOptions> configure = null)
            where TUser : IdentityUser
            where TRole : IdentityRole
        {
            var services = builder.Services;

            services.AddIdentity<TUser, TRole>(o => configure?.Invoke(o))
                .AddDefaultTokenProviders();
            services.AddTransient<IUserStore<TUser>, UserStore<TUser>>();
            services.AddTransient<IUserPasswordStore<TUser>, UserStore<TUser>>();
            services.AddTransient<IRoleStore<TRole>, RoleStore<TRole>>();
            services.AddTransient<IProfileService, ApplicationProfile>();
            services.AddMediatR(typeof(StartupIdentityUser).Assembly);

            builder.AddAspNetIdentity<TUser>()
                .AddProfileService<ApplicationProfile>();

            return builder;
        }

        public static IIdentityServerBuilder SeedUsers<TUser, TSeeder>(this IIdentityServerBuilder builder)
            where TUser : IdentityUser
            where TSeeder : class, Litware.Identity.Authorization.Seeders.ISeeder<TUser>
        {
            builder.Services.AddTransient<Litware.Identity.Authorization.Seeders.ISeedService<TUser>, UserService<TUser>>();
            builder.Services.AddSingleton<Litware.Identity.Authorization.Seeders.ISeeder<TUser>, TSeeder>();
            return builder;
        }
    }
}
