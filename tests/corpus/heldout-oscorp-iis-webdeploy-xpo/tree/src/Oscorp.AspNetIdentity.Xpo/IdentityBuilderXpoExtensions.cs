using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Oscorp.AspNetIdentity.Xpo;

public static class IdentityBuilderXpoExtensions
{
    // ASP.NET Core Identity users and roles kept in the same XPO database as IdentityServer.
    public static IdentityBuilder AddXpoUserStores<TUser>(this IdentityBuilder builder)
        where TUser : IdentityUser, new()
    {
        builder.Services.AddScoped<IUserStore<TUser>, XpoUserStore<TUser>>();
        builder.Services.AddScoped<IRoleStore<IdentityRole>, XpoRoleStore>();
        return builder;
    }
}
