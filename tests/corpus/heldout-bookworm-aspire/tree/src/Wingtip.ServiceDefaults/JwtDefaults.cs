using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Wingtip.ServiceDefaults;

public static class JwtDefaults
{
    // used by the resource APIs, not by the token service
    public static IHostApplicationBuilder AddWingtipApiAuth(this IHostApplicationBuilder builder, string audience)
    {
        var authority = builder.Configuration["Authority:Url"];

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.Authority = authority;
                o.Audience = audience;
                o.RequireHttpsMetadata = false;
            });

        builder.Services.AddAuthorization();
        return builder;
    }
}
