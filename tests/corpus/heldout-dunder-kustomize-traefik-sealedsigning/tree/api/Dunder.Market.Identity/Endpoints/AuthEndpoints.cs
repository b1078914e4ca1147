using System.Security.Claims;
using Dunder.Market.Identity.Data;
using Dunder.Market.Identity.Data.Entities;
using Duende.IdentityServer;
using Duende.IdentityServer.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dunder.Market.Identity.Endpoints;

// JSON endpoints behind the React login UI (instead of the Duende quickstart Razor pages).
public static class AuthEndpoints
{
    public record LoginRequest(string Email, string Password, string? ReturnUrl);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(IdentityRoutes.Account).RequireRateLimiting("auth");

        group.MapPost("/login", async (
            LoginRequest request,
            HttpContext http,
            IdentityDbContext db,
            IIdentityServerInteractionService interaction) =>
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Email == request.Email);
            if (user is null ||
                new PasswordHasher<User>().VerifyHashedPassword(user, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
            {
                return Results.Unauthorized();
            }

            var isUser = new IdentityServerUser(user.Id.ToString())
            {
                DisplayName = user.DisplayName,
                AdditionalClaims = { new Claim("email", user.Email) },
            };
            await http.SignInAsync(isUser);

            var context = await interaction.GetAuthorizationContextAsync(request.ReturnUrl);
            return Results.Ok(new { returnUrl = context is null ? "/" : request.ReturnUrl });
        });

        group.MapGet("/logout", async (string? logoutId, HttpContext http, IIdentityServerInteractionService interaction) =>
        {
            var context = await interaction.GetLogoutContextAsync(logoutId);
            await http.SignOutAsync();
            return Results.Redirect(context?.PostLogoutRedirectUri ?? "/");
        });
    }
}
