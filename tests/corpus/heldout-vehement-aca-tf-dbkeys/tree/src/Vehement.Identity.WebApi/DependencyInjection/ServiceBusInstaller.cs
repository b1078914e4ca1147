using MassTransit;

namespace Vehement.Identity.WebApi.DependencyInjection;

public static class ServiceBusInstaller
{
    public static IServiceCollection AddVehementBus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConsumers(typeof(IAssemblyMarker).Assembly);
            bus.UsingAzureServiceBus((context, sb) =>
            {
                sb.Host(configuration.GetConnectionString("Vehement_ServiceBus"));
                sb.ConfigureEndpoints(context);
            });
        });

        return services;
    }
}
