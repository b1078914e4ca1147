using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentValidation;
using IdentityServer4.Models;
using Microsoft.AspNetCore.Mvc;
using FourthDegree.Identity.Provider.Models;
using FourthDegree.Identity.Provider.Repository.Clients;

namespace FourthDegree.Identity.Provider.Controllers
{
    [Route("[controller]")]
    public class ClientsController : Controller
    {
        private readonly IClientWriteStore _writeStore;
        private readonly IValidator<SimpleClient> _validator;

        public ClientsController(IClientWriteStore writeStore, IValidator<SimpleClient> validator)
        {
            _writeStore = writeStore;
            _validator = validator;
        }

        // Creates a client and answers with a freshly generated secret; only its hash is stored.
        [HttpPost("{clientId}")]
        public async Task<ActionResult> Create([FromRoute] string clientId, [FromBody] SimpleClient body)
        {
            var result = _validator.Validate(body);
            if (!result.IsValid)
                return BadRequest(result.Errors.Select(e => e.ErrorMessage).ToList());

            var plainSecret = Guid.NewGuid().ToString("N");
            var client = body.ToClient();
            client.ClientId = clientId;
            client.ClientSecrets = new List<Secret> { new Secret(plainSecret.Sha256(), "generated") };

            await _writeStore.Add(client);
            return Ok(plainSecret);
        }
    }
}
