using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Vehement.Identity.WebApi.Events;

namespace Vehement.Identity.WebApi.UserManagement;

public sealed class VehementUserManager(
    IUserStore<IdentityUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<IdentityUser> hasher,
    IEnumerable<IUserValidator<IdentityUser>> userValidators,
    IEnumerable<IPasswordValidator<IdentityUser>> passwordValidators,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<IdentityUser>> logger,
    IPublisher publisher)
    : UserManager<IdentityUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    public override async Task<IdentityResult> CreateAsync(IdentityUser user)
    {
        var result = await base.CreateAsync(user);
        if (result.Succeeded)
            await publisher.Publish(new PlayerRegisteredDomainEvent(user.Id, user.Email));
        return result;
    }
}
