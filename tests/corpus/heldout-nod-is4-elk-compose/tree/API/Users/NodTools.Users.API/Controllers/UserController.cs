using Microsoft.AspNetCore.Mvc;

namespace NodTools.Users.API.Controllers
{
    [ApiController]
    [Route("[controller]")]
    public class UserController : ControllerBase
    {
        [HttpGet]
        public string Ping() => "Pong";
    }
}
