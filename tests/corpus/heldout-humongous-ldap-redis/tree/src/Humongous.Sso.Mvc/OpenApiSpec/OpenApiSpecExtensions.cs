using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;

namespace Humongous.Sso.Mvc.OpenApiSpec
{
    public static class OpenApiSpecExtensions
    {
        public static IServiceCollection AddOpenApiSpec(this IServiceCollection services)
        {
            services.AddApiVersioning();
            services.AddVersionedApiExplorer(o => o.GroupNameFormat = "'v'VVV");
            services.AddSwaggerGen();
            return services;
        }

        public static IApplicationBuilder UseCustomSwagger(this IApplicationBuilder app, IApiVersionDescriptionProvider provider)
        {
            app.UseSwagger();
            app.UseSwaggerUI(options =>
            {
                foreach (var description in provider.ApiVersionDescriptions)
                {
                    options.SwaggerEndpoint($"/swagger/{description.GroupName}/swagger.json", description.GroupName.ToUpperInvariant());
                }
            });
            return app;
        }
    }
}
