using Microsoft.AspNetCore.Hosting;
using Serilog;

namespace Stark.IdentityServer
{
    /// <summary>
    /// Handler for the API Gateway proxy integration:
    /// Stark.IdentityServer::Stark.IdentityServer.LambdaEntryPoint::FunctionHandlerAsync
    /// </summary>
    public class LambdaEntryPoint : Amazon.Lambda.AspNetCoreServer.APIGatewayProxyFunction
    {
        protected override void Init(IWebHostBuilder builder)
        {
            builder
                .UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration))
                .UseStartup<Startup>();
        }
    }
}
