using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.IdentityModel.Tokens;
using Serilog;
using Serilog.Exceptions;
using Serilog.Sinks.Elasticsearch;

namespace Vandermeer.Platform;

// Shared bootstrap for the Larder web APIs (the identity host only uses MapLarderHealthEndpoint)
public static class WebApiApplicationBuilder
{
    public static WebApplicationBuilder Build<TStartup>(string[] args) where TStartup : class
    {
        var builder = WebApplication.CreateBuilder(args);
        var serviceName = builder.Configuration["MicroserviceSettings:Service"];

        builder.Services.AddCors(cors => cors.AddPolicy("LarderApiCors", policy =>
            policy.WithOrigins("http://localhost:4200").AllowAnyMethod().AllowAnyHeader()));

        var elasticUri = builder.Configuration["ElasticConfiguration:Uri"];
        var otlpEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        builder.Host.UseSerilog((context, logger) =>
        {
            logger.WriteTo.Async(sink => sink.Console())
                .Enrich.WithExceptionDetails()
                .Enrich.WithThreadId();

            if (!string.IsNullOrEmpty(otlpEndpoint))
            {
                logger.WriteTo.OpenTelemetry(o => o.Endpoint = otlpEndpoint);
            }

            if (!string.IsNullOrEmpty(elasticUri))
            {
                logger.WriteTo.Elasticsearch(new ElasticsearchSinkOptions(new Uri(elasticUri))
                {
                    IndexFormat = $"{serviceName?.ToLower()}-logs-{DateTime.UtcNow:yyyy-MM}"
                });
            }
        });

        // APIs validate tokens from the Larder identity host
        builder.Services.AddAuthentication("Bearer")
            .AddJwtBearer("Bearer", options =>
            {
                options.Authority = builder.Configuration["IdentityServer:Uri"];
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateAudience = false,
                    ValidIssuer = "https://larder-tls.localdev.me"
                };
            });

        builder.Services.AddAuthorization();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen();

        return builder;
    }

    public static void UseLarderApiDefaults(this IApplicationBuilder app)
    {
        app.UseSwagger();
        app.UseSwaggerUI();
        app.UseSerilogRequestLogging();
        app.UseCors("LarderApiCors");
    }

    public static void MapLarderHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // one endpoint for liveness and readiness: runs every registered check
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => true,
            ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
        });
    }
}
