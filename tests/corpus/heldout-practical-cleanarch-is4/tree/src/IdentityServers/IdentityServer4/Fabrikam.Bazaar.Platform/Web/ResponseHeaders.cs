using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;

namespace Fabrikam.Bazaar.Platform.Web;

public static class ResponseHeaders
{
    // Copies every configured header onto each response.
    public static IApplicationBuilder UseResponseHeaders(this IApplicationBuilder app, Dictionary<string, string> headers)
    {
        return app.Use(async (context, next) =>
        {
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await next();
        });
    }
}
