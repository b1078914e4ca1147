using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Woodgrove.IdentityServer.EntityFramework.Storage.Services;

namespace Woodgrove.Admin.Pages.Tenants
{
    public class IndexModel : PageModel
    {
        private readonly IAdminServices _adminServices;

        public IndexModel(IAdminServices adminServices)
        {
            _adminServices = adminServices;
        }

        public IList<Tenant> Tenants { get; private set; }

        public async Task OnGetAsync()
        {
            // brings the main schema up to date whenever an operator opens the tenant list
            await _adminServices.EnsureMainConfigurationDatabaseAsync();
            Tenants = await _adminServices.GetAllTenantsAsync();
        }
    }
}
