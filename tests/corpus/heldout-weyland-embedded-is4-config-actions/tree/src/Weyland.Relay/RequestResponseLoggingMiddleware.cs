using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Weyland.Relay
{
    /// <summary>Dumps fulfillment request bodies when Trace logging is on.</summary>
    public class RequestResponseLoggingMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly ILogger _logger;

        public RequestResponseLoggingMiddleware(RequestDelegate next, ILoggerFactory loggerFactory)
        {
            _next = next;
            _logger = loggerFactory.CreateLogger<RequestResponseLoggingMiddleware>();
        }

        public async Task Invoke(HttpContext context)
        {
            if (context.Request.Path.Value?.EndsWith("/fulfillment") == true && _logger.IsEnabled(LogLevel.Trace))
            {
                context.Request.EnableBuffering();
                using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
                _logger.LogTrace("Fulfillment request: {Body}", await reader.ReadToEndAsync());
                context.Request.Body.Position = 0;
            }

            await _next(context);
        }
    }
}
