using Microsoft.AspNetCore.Hosting;
using Serilog;

namespace Stark.Api
{
    public class LambdaEntryPoint : Amazon.Lambda.AspNetCoreServer.APIGatewayProxyFunction
    {
        protected override void Init(IWebHostBuilder builder) =>
            builder
                .UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration))
                .UseStartup<Startup>();
    }
}
