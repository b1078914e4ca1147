using System;
using System.Net.Http;
using Contoso.Sts.Configuration.Test;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Contoso.Sts.IntegrationTests.Tests.Base
{
    // boots the token service in memory with StartupTest (in-memory EF stores)
    public sealed class TestFixture : IDisposable
    {
        public TestServer Server { get; }
        public HttpClient Client { get; }

        public TestFixture()
        {
            var host = new WebHostBuilder()
                .ConfigureAppConfiguration((context, config) =>
                {
                    config.AddJsonFile("appsettings.json", optional: true);
                    config.AddJsonFile($"appsettings.{context.HostingEnvironment.EnvironmentName}.json", optional: true);
                })
                .UseStartup<StartupTest>();

            Server = new TestServer(host);
            Client = Server.CreateClient();
        }

        public void Dispose()
        {
            Client.Dispose();
            Server.Dispose();
        }
    }
}
