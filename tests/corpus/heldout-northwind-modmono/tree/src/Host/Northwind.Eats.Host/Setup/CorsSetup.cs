namespace Northwind.Eats.Host.Setup;

public static class CorsSetup
{
    public static IServiceCollection AddEatsCors(this IServiceCollection services) => services.AddCors();

    // The storefront SPA and partner widgets call the API from many hosts.
    public static IApplicationBuilder UseEatsCors(this IApplicationBuilder app)
    {
        app.UseCors(policy =>
        {
            policy.AllowAnyOrigin();
            policy.AllowAnyHeader();
            policy.WithMethods("GET", "POST");
        });

        return app;
    }
}
