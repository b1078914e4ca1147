using Duende.IdentityServer;
using IdentityProvider.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Serilog;

namespace IdentityProvider
{
    internal static class HostingExtensions
    {
        public static WebApplication ConfigureServices(this WebApplicationBuilder builder)
        {
            // IIS out-of-process hosting
            builder.Services.Configure<IISOptions>(options =>
            {
                options.AuthenticationDisplayName = "Windows";
                options.AutomaticAuthentication = false;
            });

            // IIS in-process hosting
            builder.Services.Configure<IISServerOptions>(options =>
            {
                options.AuthenticationDisplayName = "Windows";
                options.AutomaticAuthentication = false;
            });

            builder.Services.AddRazorPages();

            builder.Services.AddIdentityServer(options =>
                {
                    options.EmitStaticAudienceClaim = true;
                    options.IssuerUri = "https://localhost:7150";
                })
                .AddProfileService<LocalUserProfileService>()
                //.AddInMemoryIdentityResources(Config.IdentityResources)
                //.AddInMemoryApiScopes(Config.ApiScopes)
                //.AddInMemoryClients(Config.Clients)
                .AddConfigurationStore(options =>
                {
                    options.ConfigureDbContext = db =>
                        db.UseSqlite(builder.Configuration.GetConnectionString("IdentityConfigurationDb"),
                            sqlite => sqlite.MigrationsAssembly(typeof(HostingExtensions).Assembly.FullName));
                })
                .AddOperationalStore(options =>
                {
                    options.ConfigureDbContext = db =>
                        db.UseSqlite(builder.Configuration.GetConnectionString("IdentityConfigurationDb"),
                            sqlite => sqlite.MigrationsAssembly(typeof(HostingExtensions).Assembly.FullName));
                });

            builder.Services.AddAuthentication()
                .AddOpenIdConnect("EntraId", "Microsoft Entra ID", options =>
                {
                    options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    options.Authority = "https://login.microsoftonline.com/7c1e4a90-2b3d-4f6e-9a81-5d2c0b9e3f47/v2.0";
                    options.ClientId = "a4f09b1c-6e2d-4c57-8b3a-91e0d7c25f68";
                    options.ClientSecret = "Qw7~kR2pLm9Xv4TzN8bJ5sHd1cYfGa6Ue3Wo0Ei";
                    options.ResponseType = OpenIdConnectResponseType.Code;
                    options.CallbackPath = new PathString("/signin-entra/");
                    options.SignedOutCallbackPath = new PathString("/signout-entra/");
                    options.Scope.Add("email");
                    options.Scope.Add("offline_access");
                    options.SaveTokens = true;
                });

            builder.Services.AddAuthentication()
                .AddFacebook("Facebook", "Sign in with Facebook", options =>
                {
                    options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    options.AppId = "512708364419027";
                    options.AppSecret = "c83e1f5a07b94d26a1e9f04b7d6c2a35";
                });

            builder.Services.AddAuthentication()
                .AddGoogle("Google", "Sign in with Google", options =>
                {
                    options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    options.ClientId = "80417265390-q7m3vx2kdp9t1lb6rn4hs8we0cyfa5gz.apps.googleusercontent.com";
                    options.ClientSecret = "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";
                });

            return builder.Build();
        }

        public static WebApplication ConfigurePipeline(this WebApplication app)
        {
            app.UseSerilogRequestLogging();

            if (app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.UseStaticFiles();
            app.UseRouting();

            app.UseIdentityServer();

            app.UseAuthorization();
            app.MapRazorPages().RequireAuthorization();

            return app;
        }
    }
}
