using Microsoft.AspNetCore.ApiAuthorization.IdentityServer;
using Microsoft.AspNetCore.Mvc;

namespace Sirius.WebUI.Controllers
{
    /// <summary>Serves the oidc-client settings the Angular app fetches at start-up.</summary>
    [ApiExplorerSettings(IgnoreApi = true)]
    public class OidcConfigurationController : Controller
    {
        private readonly IClientRequestParametersProvider _parameters;

        public OidcConfigurationController(IClientRequestParametersProvider parameters) => _parameters = parameters;

        [HttpGet("_configuration/{clientId}")]
        public IActionResult GetClientRequestParameters([FromRoute] string clientId)
        {
            return Ok(_parameters.GetClientParameters(HttpContext, clientId));
        }
    }
}
