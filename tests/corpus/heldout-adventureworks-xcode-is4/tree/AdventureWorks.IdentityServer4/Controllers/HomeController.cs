using System.Threading.Tasks;
using AdventureWorks.Admin.Areas.Admin.Controllers;
using AdventureWorks.Admin.Entities;
using AdventureWorks.IdentityServer4.Attributes;
using IdentityServer4.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using NewLife.Log;

namespace AdventureWorks.IdentityServer4.Controllers
{
    [Route("[controller]/[action]")]
    [AllowAnonymous]
    [NotMenu]
    public class HomeController : AdminControllerBase
    {
        private readonly IIdentityServerInteractionService _interaction;
        private readonly IWebHostEnvironment _environment;

        public HomeController(IIdentityServerInteractionService interaction, IWebHostEnvironment environment)
        {
            _interaction = interaction;
            _environment = environment;
        }

        [HttpGet]
        public async Task<ApiResult<string>> Error(string errorId)
        {
            var error = await _interaction.GetErrorContextAsync(errorId);
            if (error == null)
            {
                return ApiResult<string>.Ok("no error recorded for this id");
            }

            if (!_environment.IsDevelopment())
            {
                error.ErrorDescription = null;
            }

            XTrace.WriteLine($"authorization error: {error.Error} {error.ErrorDescription}");
            throw ApiException.Common(error.Error, 402);
        }
    }
}
