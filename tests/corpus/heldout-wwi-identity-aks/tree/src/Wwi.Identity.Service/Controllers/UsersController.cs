using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wwi.Identity.Service.Entities;
using static Duende.IdentityServer.IdentityServerConstants;

namespace Wwi.Identity.Service.Controllers
{
    public record UserDto(Guid Id, string UserName, string Email, decimal Credits);

    [ApiController]
    [Route("users")]
    [Authorize(Policy = LocalApi.PolicyName, Roles = Roles.Admin)]
    public class UsersController : ControllerBase
    {
        private readonly UserManager<ApplicationUser> users;

        public UsersController(UserManager<ApplicationUser> users)
        {
            this.users = users;
        }

        [HttpGet]
        public ActionResult<IEnumerable<UserDto>> Get() =>
            Ok(users.Users.ToList().Select(u => new UserDto(u.Id, u.UserName, u.Email, u.Credits)));

        [HttpGet("{id}")]
        public async Task<ActionResult<UserDto>> GetByIdAsync(Guid id)
        {
            var user = await users.FindByIdAsync(id.ToString());
            if (user == null)
            {
                return NotFound();
            }

            return new UserDto(user.Id, user.UserName, user.Email, user.Credits);
        }
    }
}
