using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Trey.IdentityServer.Controllers.Client
{
    public class ClientDto
    {
        public int Id { get; set; }
        public string ClientId { get; set; }
        public string ClientName { get; set; }
        public string ClientSecret { get; set; }
        public string AllowedGrantTypes { get; set; }
        public string AllowedScopes { get; set; }
        public string AllowedCorsOrigins { get; set; }
        public string RedirectUris { get; set; }
    }

    // Admin screens inside the token server: clients are edited in the configuration database.
    [Route("[controller]/[action]")]
    public class ClientsManagerController : Controller
    {
        private readonly ConfigurationDbContext _db;

        public ClientsManagerController(ConfigurationDbContext db)
        {
            _db = db;
        }

        [HttpGet]
        [Authorize]
        public async Task<IActionResult> Index()
        {
            return View(await _db.Clients.Include(c => c.AllowedScopes).ToListAsync());
        }

        [HttpPost]
        [Authorize(Policy = "SuperAdmin")]
        public async Task<IActionResult> SaveData([FromBody] ClientDto request)
        {
            var client = new IdentityServer4.Models.Client
            {
                ClientId = request.ClientId,
                ClientName = request.ClientName,
                AllowedGrantTypes = request.AllowedGrantTypes?.Split(','),
                AllowedScopes = request.AllowedScopes?.Split(','),
                AllowedCorsOrigins = request.AllowedCorsOrigins?.Split(','),
                RedirectUris = request.RedirectUris?.Split(','),
            };
            if (!string.IsNullOrEmpty(request.ClientSecret))
            {
                client.ClientSecrets = new[] { new Secret(request.ClientSecret.Sha256()) };
            }

            _db.Clients.Add(client.ToEntity());
            await _db.SaveChangesAsync();
            return Ok(client.ClientId);
        }
    }
}
