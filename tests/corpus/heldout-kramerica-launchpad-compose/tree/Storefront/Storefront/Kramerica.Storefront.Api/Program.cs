using Kramerica.Launchpad;
using Kramerica.Storefront.Api;
using Kramerica.Storefront.Application;
using MediatR;
using Microsoft.IdentityModel.Tokens;

await new LaunchpadBuilder()
    .WithSerilog(line => Console.WriteLine($"serilog: {line}"))
    .WithSwagger(title: "Kramerica Storefront", useBearerToken: true)
    .WithHealthProbe()
    .WithOpenTelemetry(prometheusPort: 8081)
    .WithExtraServices(host => host.Services
        .AddMediatR(cfg => cfg.RegisterServicesFromAssemblyContaining<PlaceOrder>())
        .AddHttpClient()
        .AddTransient<TokenEndpoint>()
        .AddAuthorization(auth => auth.AddPolicy("StorefrontScope", policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim("scope", "storefront")))
        .AddAuthentication("Bearer")
        .AddJwtBearer("Bearer", jwt =>
        {
            jwt.Authority = host.Configuration.GetConnectionString("identity");
            jwt.RequireHttpsMetadata = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = false,
                ValidateIssuer = true,
                ValidateIssuerSigningKey = true,
            };
        }))
    .WithEndpoints(app =>
    {
        app.MapGet("/token", (TokenEndpoint tokens) => tokens.FetchAsync());
        app.MapPost("/orders", (PlaceOrder order, IMediator mediator) => mediator.Send(order))
            .RequireAuthorization("StorefrontScope");
    })
    .Build(args)
    .RunAsync();
