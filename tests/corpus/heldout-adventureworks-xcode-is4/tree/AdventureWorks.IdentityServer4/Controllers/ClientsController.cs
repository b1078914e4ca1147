using System.ComponentModel;
using AdventureWorks.Admin.Areas.Admin.Controllers;
using IdentityServer4.XCode.Entities;
using Microsoft.AspNetCore.Mvc;

namespace AdventureWorks.IdentityServer4.Controllers
{
    /// <summary>CRUD over the client table the configuration store reads.</summary>
    [DisplayName("Clients")]
    [Route("api/[controller]")]
    [ApiController]
    public class ClientsController : EntityController<Clients>
    {
    }
}
