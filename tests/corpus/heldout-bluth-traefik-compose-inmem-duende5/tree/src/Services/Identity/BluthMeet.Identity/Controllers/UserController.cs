using System.Collections.Generic;
using System.Linq;
using BluthMeet.Identity.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace BluthMeet.Identity.Controllers
{
    // Lets the conference API turn subject ids back into display names.
    [Route("api/v1/users")]
    public class UserController : Controller
    {
        private readonly IAccountDirectory _accounts;

        public UserController(IAccountDirectory accounts)
        {
            _accounts = accounts;
        }

        [HttpPost("lookup")]
        public ActionResult<List<UserName>> Lookup([FromBody] string[] subjectIds) =>
            subjectIds.Select(id => new UserName(id, _accounts.NameFromSubject(id))).ToList();
    }

    public record UserName(string Id, string? DisplayName);
}
