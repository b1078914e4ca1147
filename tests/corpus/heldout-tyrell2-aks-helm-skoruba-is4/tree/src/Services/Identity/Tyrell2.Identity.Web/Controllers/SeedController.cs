using System.Linq;
using System.Threading.Tasks;
using IdentityServer4.EntityFramework.Mappers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Tyrell2.Identity.EntityFramework.DbContexts;
using Tyrell2.Identity.STS.Identity.Configuration.Identity;

namespace Tyrell2.Identity.STS.Identity.Controllers
{
    [ApiController]
    public class SeedController : ControllerBase
    {
        private readonly IdentityServerConfigurationDbContext _configurationContext;
        private readonly IConfiguration _configuration;

        public SeedController(IdentityServerConfigurationDbContext configurationContext, IConfiguration configuration)
        {
            _configurationContext = configurationContext;
            _configuration = configuration;
        }

        // Fills an empty configuration store with the clients/resources from IdentityServerConfiguration.
        [HttpGet("/seed")]
        public async Task<IActionResult> Seed()
        {
            if (!_configurationContext.Clients.Any())
            {
                await _configurationContext.Clients.AddRangeAsync(IdentityServerConfiguration.Clients(_configuration).Select(c => c.ToEntity()));
            }

            if (!_configurationContext.IdentityResources.Any())
            {
                await _configurationContext.IdentityResources.AddRangeAsync(IdentityServerConfiguration.IdentityResources.Select(r => r.ToEntity()));
            }

            if (!_configurationContext.ApiResources.Any())
            {
                await _configurationContext.ApiResources.AddRangeAsync(IdentityServerConfiguration.ApiResources.Select(r => r.ToEntity()));
            }

            if (!_configurationContext.ApiScopes.Any())
            {
                await _configurationContext.ApiScopes.AddRangeAsync(IdentityServerConfiguration.ApiScopes.Select(s => s.ToEntity()));
            }

            await _configurationContext.SaveChangesAsync();
            return Ok("Success");
        }
    }
}
