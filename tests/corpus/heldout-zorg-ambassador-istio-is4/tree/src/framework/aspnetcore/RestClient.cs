using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Zorg.Fw.AspNetCore
{
    // thin JSON-over-HTTP helper the .NET services use to call each other inside the mesh
    public class RestClient
    {
        private static readonly HttpClient Http = new HttpClient();

        public async Task<T> GetAsync<T>(string url)
        {
            var response = await Http.GetAsync(url);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsStringAsync();
            return JsonConvert.DeserializeObject<T>(body);
        }
    }
}
