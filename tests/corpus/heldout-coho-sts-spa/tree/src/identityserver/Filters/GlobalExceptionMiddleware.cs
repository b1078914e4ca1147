using System;
using System.Text;
using System.Threading.Tasks;
using Coho.Sts.Admin.Models;
using IdentityServer4.Extensions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Coho.Sts.Admin.Filters;

/// <summary>
/// Rewrites the IdentityServer origin for production requests and turns unhandled errors into an ApiResult.
/// </summary>
public class GlobalExceptionMiddleware
{
    private readonly RequestDelegate _next;

    public GlobalExceptionMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public async Task Invoke(HttpContext context)
    {
        try
        {
            if (!context.Request.Headers.ContainsKey("X-Requested-Internal"))
            {
                var services = context.RequestServices;
                if (services.GetRequiredService<IWebHostEnvironment>().IsProduction())
                {
                    context.Request.Scheme = "https";
                    var origin = context.GetIdentityServerOrigin();
                    var proxyPath = services.GetRequiredService<IConfiguration>()["ProxyPath"];
                    if (!string.IsNullOrEmpty(proxyPath))
                    {
                        origin = origin + "/" + proxyPath.TrimStart('/');
                    }

                    context.SetIdentityServerOrigin(origin);
                }
            }

            await _next(context);
        }
        catch (Exception ex)
        {
            if (ex.Source != "IdentityServer4" && !context.Response.HasStarted)
            {
                var body = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(
                    new ApiResult<object> { Code = 500, Msg = ex.GetBaseException().Message },
                    new JsonSerializerSettings { ContractResolver = new CamelCasePropertyNamesContractResolver() }));

                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(body, 0, body.Length);
            }

            throw;
        }
    }
}
