using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;
using Serilog;

namespace Stark.IdentityServer
{
    public static class ApiErrorExtensions
    {
        // Requests under /api get a JSON error body instead of the MVC error page.
        public static void UseJsonErrorsForApi(this IApplicationBuilder app, ILogger logger)
        {
            app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api =>
            {
                api.UseExceptionHandler(handler => handler.Run(async ctx =>
                {
                    var error = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
                    if (error != null) logger?.Error(error, "Unhandled API error");
                    ctx.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
                    ctx.Response.ContentType = "application/json";
                    await ctx.Response.WriteAsync(JsonConvert.SerializeObject(new
                    {
                        statusCode = ctx.Response.StatusCode,
                        message = "Something went wrong at Stark Gifts."
                    }));
                }));
            });
        }
    }
}
