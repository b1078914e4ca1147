using System.Collections.Generic;
using System.Threading.Tasks;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Mvc;
using FourthDegree.Identity.Provider.Repository;

namespace FourthDegree.Identity.Provider.Controllers
{
    [Route("[controller]")]
    public class ResourceController : Controller
    {
        private readonly IResourceWriteStore _writeStore;

        public ResourceController(IResourceWriteStore writeStore)
        {
            _writeStore = writeStore;
        }

        [HttpPost("{resourceId}")]
        public async Task<ActionResult> Seed([FromRoute] string resourceId)
        {
            await _writeStore.AddApiResource(new ApiResource
            {
                Name = "itineraries",
                DisplayName = "Itinerary API",
                ApiSecrets = new List<Secret> { new Secret("voyageApiKey".Sha256()) },
                Scopes = new List<Scope> { new Scope("itinerary.write") }
            });

            await _writeStore.AddApiResource(new ApiResource
            {
                Name = "fares",
                DisplayName = "Fare API",
                ApiSecrets = new List<Secret> { new Secret("voyageApiKey".Sha256()) },
                Scopes = new List<Scope> { new Scope("fare.write") }
            });

            return Ok();
        }
    }
}
