using Duende.IdentityServer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using System.IO;
using System.Net.Http;

namespace Sofa.IdentityServer.Management.Api.Tests.Assets
{
    // Entry point used only by WebApplicationFactory<TestProgram> in the pipeline tests.
    internal class TestProgram
    {
        public const string BasePath = "/manage";

        public static HttpClient? Backchannel { get; set; }

        private static void Main(string[] args)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                ContentRootPath = Path.GetFullPath(Directory.GetCurrentDirectory()),
                Args = args
            });

            var data = new TestData();

            builder.Services.Configure<ManagementApiOptions>(options => options.BasePath = BasePath);

            builder.Services.AddIdentityServer()
                .AddDeveloperSigningCredential()
                .AddInMemoryClients(data.Clients)
                .AddInMemoryApiScopes(data.ApiScopes)
                .AddInMemoryManagementApi();

            builder.Services.AddAuthentication()
                .AddOpenIdConnect("Testing", "Fake upstream provider", options =>
                {
                    options.ClientId = "pipeline-tests";
                    options.Authority = "https://localhost/fake-upstream/";
                    options.Backchannel = Backchannel!;
                    options.TokenValidationParameters.ValidateIssuer = false;
                    options.TokenValidationParameters.ValidateAudience = false;
                });

            builder.Services.AddLocalApiAuthentication();
            builder.Services.BypassLocalApiAuthentication();
            builder.Services.AddSingleton(data);

            var app = builder.Build();

            app.UseIdentityServer();
            app.UseAuthorization();

            app.UseIdentityServerManagementApi()
                .RequireAuthorization(IdentityServerConstants.LocalApi.PolicyName);

            app.MapGet("/fake-upstream/.well-known/openid-configuration", () =>
                Results.Json(new { authorization_endpoint = "https://localhost/fake-upstream/authorize" }));

            app.Run();
        }
    }
}
