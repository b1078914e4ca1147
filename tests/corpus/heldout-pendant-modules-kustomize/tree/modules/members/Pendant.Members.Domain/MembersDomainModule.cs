using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pendant.Kernel.Modularity;

namespace Pendant.Members;

public class Member : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;
    public string GivenName { get; set; } = string.Empty;
    public string FamilyName { get; set; } = string.Empty;
}

public class MemberRole : IdentityRole<Guid>
{
}

public sealed class MembersDomainModule : PendantModule
{
    public override void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<Member>(options =>
            {
                options.Password.RequiredLength = 3;
                options.Password.RequireDigit = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
            })
            .AddRoles<MemberRole>();
    }
}
