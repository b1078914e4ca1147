using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pendant.Kernel.Modularity;

namespace Pendant.Members;

[UsesModule<MembersDomainModule>]
public sealed class MembersInfrastructureModule : PendantModule
{
    public override void RegisterServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContext<MembersDbContext>(options =>
            options.UseSqlServer(configuration.GetConnectionString("MembersDb")));

        services.AddScoped<IUserStore<Member>>(sp =>
            new Microsoft.AspNetCore.Identity.EntityFrameworkCore.UserStore<Member, MemberRole, MembersDbContext, Guid>(
                sp.GetRequiredService<MembersDbContext>()));
        services.AddScoped<IRoleStore<MemberRole>>(sp =>
            new Microsoft.AspNetCore.Identity.EntityFrameworkCore.RoleStore<MemberRole, MembersDbContext, Guid>(
                sp.GetRequiredService<MembersDbContext>()));
    }
}
