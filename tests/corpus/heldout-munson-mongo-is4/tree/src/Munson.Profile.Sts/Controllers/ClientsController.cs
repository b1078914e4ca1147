using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Munson.IdentityServer4.MongoDB.Interfaces;
using Munson.IdentityServer4.MongoDB.Mappers;
using Munson.Profile.Sts.Models;

namespace Munson.Profile.Sts.Controllers
{
    // Self-service page where signed-in users register their own OAuth clients.
    [Authorize]
    [Route("clients")]
    public class ClientsController : Controller
    {
        private readonly IConfigurationDbContext _store;

        public ClientsController(IConfigurationDbContext store)
        {
            _store = store;
        }

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> Register(ClientViewModel model)
        {
            if (!ModelState.IsValid)
            {
                return View(model);
            }

            var client = new Client
            {
                ClientId = model.ClientId,
                ClientName = model.ClientName,
                AllowedGrantTypes = GrantTypes.Code,
                AllowAccessTokensViaBrowser = true,
                RedirectUris = model.RedirectUris.Split(';').ToList(),
                AllowedCorsOrigins = model.CorsOrigins.Split(';').ToList(),
                AllowOfflineAccess = true,
                AllowedScopes = model.Scopes
            };
            client.ClientSecrets.Add(new Secret(model.ClientSecret.Sha256()));

            await _store.AddClient(client.ToEntity());

            return RedirectToAction("Index", "Home");
        }
    }
}
