using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Zorg.Fw.AspNetCore;

namespace Zorg.Catalog.v1.Controllers
{
  [ApiVersion("1.0")]
  [Route("api/v{version:apiVersion}/[controller]")]
  public class CatalogsController : Controller
  {
    private readonly RestClient _rest;

    public CatalogsController(RestClient rest) => _rest = rest;

    [HttpGet("suppliers")]
    public Task<List<Dictionary<string, object>>> GetSuppliers() =>
      _rest.GetAsync<List<Dictionary<string, object>>>("http://supplier:3000/");
  }
}
