namespace Lamna.Identity.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static void ConfigureCors(this IServiceCollection services, string policyName)
    {
        services.AddCors(options =>
        {
            options.AddPolicy(policyName, policy =>
            {
                policy.WithOrigins(
                        "http://localhost:4200",
                        "http://localhost:4201")
                    .AllowAnyMethod()
                    .AllowAnyHeader()
                    .AllowCredentials();
            });
        });
    }

    public static void ConfigureExternalProviders(this IServiceCollection services, IConfiguration configuration)
    {
        var providers = configuration.GetSection("Authentication").Get<ExternalProviderOptions>();

        var authentication = services.AddAuthentication();

        authentication.AddGoogle("Google", o =>
        {
            o.ClientId = providers.Google.ClientId;
            o.ClientSecret = providers.Google.ClientSecret;
            o.SignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddTwitter(o =>
        {
            o.ConsumerKey = providers.Twitter.ClientId;
            o.ConsumerSecret = providers.Twitter.ClientSecret;
        });
        authentication.AddFacebook(o =>
        {
            o.ClientId = providers.Facebook.ClientId;
            o.ClientSecret = providers.Facebook.ClientSecret;
        });
    }

    public static void ConfigureVersioning(this IServiceCollection services)
    {
        services.AddApiVersioning(options =>
        {
            options.DefaultApiVersion = new ApiVersion(1, 0);
            options.ReportApiVersions = true;
            options.AssumeDefaultVersionWhenUnspecified = true;
            options.ApiVersionReader = new UrlSegmentApiVersionReader();
        });
    }

    public static void ConfigureSwagger(this IServiceCollection services)
    {
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo { Title = "Lamna.Identity.Api", Version = "v1" });
            c.AddSecurityDefinition(JwtBearerDefaults.AuthenticationScheme, new OpenApiSecurityScheme
            {
                Description = "Bearer token in the Authorization header",
                Name = "Authorization",
                In = ParameterLocation.Header,
                Type = SecuritySchemeType.Http,
                Scheme = JwtBearerDefaults.AuthenticationScheme
            });
        });
    }
}
