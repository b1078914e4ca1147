using System.Reflection;
using FluentValidation;
using Lamna.Identity.Application.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Lamna.Identity.Application;

public static class ServiceCollectionExtensions
{
    public static void AddApplicationLayer(this IServiceCollection services)
    {
        services.AddMediatR(cfg => cfg.RegisterServicesFromAssembly(Assembly.GetExecutingAssembly()));
        services.AddAutoMapper(Assembly.GetExecutingAssembly());
        services.AddValidatorsFromAssembly(Assembly.GetExecutingAssembly());
        services.AddHttpContextAccessor();
        services.AddTransient<ErrorEnvelopeMiddleware>();
    }
}
