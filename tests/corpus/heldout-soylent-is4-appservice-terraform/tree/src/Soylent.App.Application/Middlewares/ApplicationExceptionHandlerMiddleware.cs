using System;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Soylent.App.Application.Middlewares
{
    public class ApplicationExceptionHandlerMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly ILogger<ApplicationExceptionHandlerMiddleware> _logger;

        public ApplicationExceptionHandlerMiddleware(RequestDelegate next, ILogger<ApplicationExceptionHandlerMiddleware> logger)
        {
            _next = next;
            _logger = logger;
        }

        public async Task Invoke(HttpContext context)
        {
            try
            {
                await _next(context);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Unhandled exception");
                if (context.Response.HasStarted)
                {
                    return;
                }

                context.Response.StatusCode = ex is ArgumentException
                    ? (int)HttpStatusCode.BadRequest
                    : (int)HttpStatusCode.InternalServerError;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"error\":\"request failed\"}");
            }
        }
    }

    public static class ApplicationExceptionHandlerExtensions
    {
        public static IApplicationBuilder UseApplicationExceptionHandler(this IApplicationBuilder app)
            => app.UseMiddleware<ApplicationExceptionHandlerMiddleware>();
    }
}
