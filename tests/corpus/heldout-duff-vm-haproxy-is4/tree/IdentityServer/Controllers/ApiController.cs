using System.Net;
using System.Security.Claims;
using System.Threading.Tasks;
using ConfigurationManager;
using IdentityServer.Controllers.ViewInputs;
using IdentityServer4;
using IdentityServer4.Events;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using RestSharp;
using Services;
using WebApiDto.Auth;

namespace IdentityServer.Controllers
{
    // Login without a password: start a session on duffwebapi (which pushes a notification to the
    // phone), then poll "check" until the phone has signed the session.
    [ApiController]
    [Route("api")]
    [GoogleTracer.Profile]
    public class ApiController : ControllerBase
    {
        private readonly AppSetting _appSetting;
        private readonly IMyRestClient _myRestClient;
        private readonly IIdentityServerInteractionService _interaction;
        private readonly IEventService _events;
        private readonly ILogger<ApiController> _logger;

        public ApiController(IMyRestClient myRestClient, AppSetting appSetting, IIdentityServerInteractionService interaction,
            IEventService events, ILogger<ApiController> logger)
        {
            ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true;
            _myRestClient = myRestClient;
            _appSetting = appSetting;
            _interaction = interaction;
            _events = events;
            _logger = logger;
        }

        [HttpPost]
        [Route("check")]
        public async Task<IActionResult> Check(CheckInputModel model)
        {
            var request = new RestRequest(_appSetting["checkRequest"] + "?sessionId=" + model.SessionId, Method.Get);
            var result = await _myRestClient.ExecuteAsync(request);
            if (!result.IsSuccessful)
                return BadRequest(result.Content);

            var context = await _interaction.GetAuthorizationContextAsync(model.ReturnUrl);
            var checkResponse = JsonConvert.DeserializeObject<CheckResponceDto>(result.Content);

            await _events.RaiseAsync(new UserLoginSuccessEvent(model.Username, model.Username, model.Username,
                clientId: context?.Client.ClientId));

            var user = new IdentityServerUser(model.Username)
            {
                DisplayName = model.Username,
                AdditionalClaims =
                {
                    new Claim("Thumbprint", checkResponse.PublicCertThumbprint),
                    new Claim("sessionId", model.SessionId.ToString())
                }
            };
            await HttpContext.SignInAsync(user);

            _logger.LogDebug("session {SessionId} confirmed", model.SessionId);
            return Ok(new { returnUrl = model.ReturnUrl });
        }
    }
}
