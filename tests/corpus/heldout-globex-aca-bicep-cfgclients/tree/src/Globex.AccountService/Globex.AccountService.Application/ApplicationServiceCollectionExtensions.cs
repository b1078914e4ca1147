using Microsoft.Extensions.DependencyInjection;

namespace Globex.AccountService.Application;

public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddAccountApplication(this IServiceCollection services)
    {
        services.AddScoped<IMerchantOnboarding, MerchantOnboarding>();
        return services;
    }
}

public interface IMerchantOnboarding
{
    Task<Guid> SubmitAsync(Guid ownerUserId, string displayName, CancellationToken ct = default);
}

internal sealed class MerchantOnboarding : IMerchantOnboarding
{
    public Task<Guid> SubmitAsync(Guid ownerUserId, string displayName, CancellationToken ct = default)
        => Task.FromResult(Domain.Merchant.Register(ownerUserId, displayName).Id);
}
