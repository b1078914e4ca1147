using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Models;
using Gdi.Auth.Admin.Models;
using Gdi.Auth.Constants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gdi.Auth.Admin;

/// <summary>Management API for users and clients, protected by the host's own bearer tokens.</summary>
public static class ManagementEndpoints
{
    public static IEndpointRouteBuilder MapManagementEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users")
            .RequireAuthorization(Policies.Read)
            .RequireRateLimiting(Policies.Throttle);
        users.MapGet("/", ListUsersAsync);

        var clients = app.MapGroup("/api/v1/clients")
            .RequireAuthorization(Policies.Read)
            .RequireRateLimiting(Policies.Throttle);
        clients.MapGet("/", ListClientsAsync);
        clients.MapPost("/", CreateClientAsync).RequireAuthorization(Policies.Manage);

        return app;
    }

    private static async Task<IResult> ListUsersAsync(UserManager<IdentityUser> users, CancellationToken ct)
    {
        var page = await users.Users
            .OrderBy(u => u.UserName)
            .Take(100)
            .Select(u => new AccountSummary(u.Id, u.UserName!, u.Email))
            .ToListAsync(ct);
        return Results.Ok(page);
    }

    private static async Task<IResult> ListClientsAsync(ConfigurationDbContext db, CancellationToken ct)
    {
        var rows = await db.Clients
            .Include(c => c.AllowedScopes)
            .Include(c => c.AllowedGrantTypes)
            .ToListAsync(ct);
        return Results.Ok(rows.Select(c => new ClientSummary(
            c.ClientId,
            c.AllowedScopes.Select(s => s.Scope).ToList(),
            c.AllowedGrantTypes.Select(g => g.GrantType).ToList())));
    }

    private static async Task<IResult> CreateClientAsync(NewClientRequest request, ConfigurationDbContext db, CancellationToken ct)
    {
        if (await db.Clients.AnyAsync(c => c.ClientId == request.ClientId, ct))
            return Results.Problem(title: "Client already exists.", statusCode: 409);

        var codeFlow = string.Equals(request.GrantType, "authorization_code", StringComparison.OrdinalIgnoreCase);
        var client = new Client
        {
            ClientId = request.ClientId,
            ClientSecrets = { new Secret(request.Secret.Sha256()) },
            AllowedGrantTypes = codeFlow ? GrantTypes.Code : GrantTypes.ClientCredentials,
            AllowedScopes = request.AllowedScopes,
            AllowedCorsOrigins = request.AllowedCorsOrigins ?? [],
            RedirectUris = request.RedirectUris ?? []
        };

        db.Clients.Add(client.ToEntity());
        await db.SaveChangesAsync(ct);
        return Results.Created($"/api/v1/clients/{request.ClientId}",
            new ClientSummary(client.ClientId, client.AllowedScopes.ToList(), client.AllowedGrantTypes.ToList()));
    }
}
