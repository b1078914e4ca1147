using System.Linq;
using System.Threading.Tasks;
using Coho.Sts.Admin.DbContexts;
using Coho.Sts.Admin.Models;
using IdentityServer4.EntityFramework.Entities;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Coho.Sts.Admin.Controllers.Admin;

/// <summary>
/// Client administration for the SPA's admin pages; secrets are hashed before they are stored.
/// </summary>
[Authorize(Policy = "Admin")]
[ApiController]
[Route("api/admin/clients")]
public class ClientAdminController : ControllerBase
{
    private readonly StsConfigurationDbContext _db;

    public ClientAdminController(StsConfigurationDbContext db)
    {
        _db = db;
    }

    [HttpGet]
    public async Task<ApiResult<object>> List() => new()
    {
        Data = await _db.Clients.Select(c => new { c.Id, c.ClientId, c.ClientName, c.Enabled }).ToListAsync()
    };

    [HttpPost("{id:int}/secrets")]
    public async Task<ApiResult<object>> AddSecret(int id, [FromBody] string plainText)
    {
        _db.Set<ClientSecret>().Add(new ClientSecret { ClientId = id, Value = plainText.Sha256(), Type = "SharedSecret" });
        await _db.SaveChangesAsync();
        return new ApiResult<object> { Msg = "saved" };
    }
}
