using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Northwind.Eats.Host.Setup;

public static class JwtSetup
{
    public static IServiceCollection AddEatsJwtBearer(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Jwt");

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = section["Issuer"],
                    ValidAudience = section["Audience"],
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(section["SigningKey"]!)),
                };
            });

        return services;
    }
}
