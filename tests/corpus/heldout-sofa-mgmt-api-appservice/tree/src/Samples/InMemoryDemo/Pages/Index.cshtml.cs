using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InMemoryDemo.Pages
{
    public class IndexModel : PageModel
    {
        public void OnGet()
        {
        }
    }
}
