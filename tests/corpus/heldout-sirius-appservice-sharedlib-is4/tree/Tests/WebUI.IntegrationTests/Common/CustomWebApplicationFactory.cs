using System;
using System.Net.Http;
using System.Threading.Tasks;
using IdentityModel.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sirius.Application.Common.Interfaces;
using Sirius.Persistence;

namespace Sirius.WebUI.IntegrationTests.Common
{
    public class CustomWebApplicationFactory<TStartup> : WebApplicationFactory<TStartup> where TStartup : class
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder
                .UseEnvironment("Test")
                .ConfigureServices(services =>
                {
                    services.AddDbContext<SiriusDbContext>(options => options.UseInMemoryDatabase("SiriusTests"));
                    services.AddScoped<ISiriusDbContext>(sp => sp.GetService<SiriusDbContext>());
                });
        }

        public async Task<HttpClient> GetAuthenticatedClientAsync()
        {
            var client = CreateClient();
            var disco = await client.GetDiscoveryDocumentAsync();
            if (disco.IsError)
            {
                throw new Exception(disco.Error);
            }

            var token = await client.RequestPasswordTokenAsync(new PasswordTokenRequest
            {
                Address = disco.TokenEndpoint,
                ClientId = "Sirius.IntegrationTests",
                ClientSecret = "integration-secret",
                Scope = "Sirius.WebUIAPI openid profile",
                UserName = "tester@sirius",
                Password = "Sirius-Test-1!"
            });

            client.SetBearerToken(token.AccessToken);
            return client;
        }
    }
}
