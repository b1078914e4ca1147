using System;
using IdentityServer4;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zorg.Security.Quickstart;

namespace Zorg.Security
{
  public class Startup
  {
    public Startup(IHostingEnvironment environment, IConfiguration configuration)
    {
      HostEnvironment = environment;
      Configuration = configuration;
    }

    public IHostingEnvironment HostEnvironment { get; }

    public IConfiguration Configuration { get; }

    public void ConfigureServices(IServiceCollection services)
    {
      services.AddMvc();

      services.Configure<IISOptions>(iis =>
      {
        iis.AutomaticAuthentication = false;
        iis.AuthenticationDisplayName = "Windows";
      });

      var identityServer = services.AddIdentityServer(options =>
        {
          options.Events.RaiseErrorEvents = true;
          options.Events.RaiseInformationEvents = true;
          options.Events.RaiseFailureEvents = true;
          options.Events.RaiseSuccessEvents = true;
        })
        .AddTestUsers(TestUsers.Users);

      // resources and clients compiled in from Config.cs
      identityServer.AddInMemoryIdentityResources(Config.GetIdentityResources());
      identityServer.AddInMemoryApiResources(Config.GetApis());
      identityServer.AddInMemoryClients(Config.GetClients());

      // the same definitions exist as JSON in appsettings.json, not wired up:
      //identityServer.AddInMemoryIdentityResources(Configuration.GetSection("IdentityResources"));
      //identityServer.AddInMemoryApiResources(Configuration.GetSection("ApiResources"));
      //identityServer.AddInMemoryClients(Configuration.GetSection("Clients"));

      // TODO: developer key in every environment while we are still testing on minikube
      identityServer.AddDeveloperSigningCredential();
      /*
      if (HostEnvironment.IsDevelopment())
      {
        identityServer.AddDeveloperSigningCredential();
      }
      else
      {
        throw new Exception("signing key material is not configured");
      }
      */

      services.AddAuthentication()
        .AddGoogle("Google", google =>
        {
          google.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
          google.ClientId = "509708601793-7opqtmek7hgvqp1eyi4abw9bptu0t9m2.apps.googleusercontent.com";
          google.ClientSecret = "djRSOB4VYCXQp8twXh9E9dRC";
        });
    }

    public void Configure(IApplicationBuilder app)
    {
      if (HostEnvironment.IsDevelopment())
      {
        app.UseDeveloperExceptionPage();
      }

      // Ambassador maps /id/ to this service and strips the prefix: put it back as PathBase
      var basePath = Environment.GetEnvironmentVariable("ASPNETCORE_BASEPATH");
      if (!string.IsNullOrEmpty(basePath))
      {
        app.Use(async (context, next) =>
        {
          context.Request.PathBase = basePath;
          await next();
        });
      }

      app.UseForwardedHeaders(new ForwardedHeadersOptions
      {
        ForwardedHeaders = ForwardedHeaders.All
      });

      app.UseIdentityServer();
      app.UseStaticFiles();
      app.UseMvcWithDefaultRoute();
    }
  }
}
