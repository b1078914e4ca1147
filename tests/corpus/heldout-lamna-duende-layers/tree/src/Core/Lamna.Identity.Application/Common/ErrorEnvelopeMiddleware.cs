using System.Net;
using System.Text.Json;
using Lamna.Identity.Shared.Models;
using Microsoft.AspNetCore.Http;

namespace Lamna.Identity.Application.Common;

public class ErrorEnvelopeMiddleware : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            context.Response.StatusCode = (int)HttpStatusCode.InternalServerError;
            context.Response.ContentType = "application/json";
            var body = ResultEnvelope<object>.Fail(ex.Message);
            await context.Response.WriteAsync(JsonSerializer.Serialize(body));
        }
    }
}
