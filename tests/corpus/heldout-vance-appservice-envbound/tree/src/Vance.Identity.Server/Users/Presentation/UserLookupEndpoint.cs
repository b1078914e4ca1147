using Duende.IdentityServer;
using Microsoft.AspNetCore.Identity;
using Vance.Identity.Server.Users.Domain;

namespace Vance.Identity.Server.Users.Presentation;

// Local API used by the ledger service (client_credentials + IdentityServerApi scope).
public static class UserLookupEndpoint
{
    public static void MapUserLookup(this IEndpointRouteBuilder app)
    {
        app.MapGet("/users/{userId}", async (string userId, UserManager<VanceUser> users) =>
            {
                var user = await users.FindByIdAsync(userId);
                return user is null
                    ? Results.NotFound()
                    : Results.Ok(new { sub = user.Id, user.UserName, user.Email });
            })
            .RequireAuthorization(IdentityServerConstants.LocalApi.PolicyName);
    }
}
