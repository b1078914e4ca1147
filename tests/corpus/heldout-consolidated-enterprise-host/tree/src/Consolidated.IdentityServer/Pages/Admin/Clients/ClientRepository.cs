using Duende.IdentityServer.EntityFramework.DbContexts;
using Duende.IdentityServer.EntityFramework.Mappers;
using Duende.IdentityServer.Models;

namespace Consolidated.IdentityServer.Pages.Admin.Clients;

public enum Flow
{
    ClientCredentials,
    CodeFlowWithPkce
}

public class CreateClientModel
{
    public string ClientId { get; set; } = default!;
    public string? Name { get; set; }
    public string Secret { get; set; } = default!;
    public Flow Flow { get; set; }
}

// Backs the admin Razor pages; clients live in the configuration database.
public class ClientRepository
{
    private readonly ConfigurationDbContext _context;

    public ClientRepository(ConfigurationDbContext context) => _context = context;

    public async Task CreateAsync(CreateClientModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var client = new Client
        {
            ClientId = model.ClientId.Trim(),
            ClientName = model.Name?.Trim()
        };

        client.ClientSecrets.Add(new Secret(model.Secret.Sha256()));

        if (model.Flow == Flow.ClientCredentials)
        {
            client.AllowedGrantTypes = GrantTypes.ClientCredentials;
        }
        else
        {
            client.AllowedGrantTypes = GrantTypes.Code;
            client.AllowOfflineAccess = true;
        }

        _context.Clients.Add(client.ToEntity());
        await _context.SaveChangesAsync();
    }
}
