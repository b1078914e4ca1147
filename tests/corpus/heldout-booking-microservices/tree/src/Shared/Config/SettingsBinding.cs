using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Fabrikam.Shared.Config;

// Small helpers so every service reads its typed settings the same way.
public static class SettingsBinding
{
    // Binds a section eagerly, while services are still being registered.
    public static T ReadSettings<T>(this IServiceCollection services, string sectionName) where T : new()
    {
        var result = new T();
        var configuration = services.BuildServiceProvider().GetService<IConfiguration>();
        configuration?.GetSection(sectionName).Bind(result);
        return result;
    }

    public static T ReadSettings<T>(this IConfiguration configuration, string sectionName) where T : new()
    {
        var result = new T();
        configuration.GetSection(sectionName).Bind(result);
        return result;
    }

    // Registers T bound to the section named after the type, and T itself as a singleton.
    public static void AddBoundSettings<T>(this IServiceCollection services) where T : class, new()
    {
        services.AddOptions<T>().BindConfiguration(typeof(T).Name).ValidateDataAnnotations();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
    }
}
