using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Vandelay.Identity.Client
{
    // small SDK other Vandelay services use to register their clients and APIs with the identity service
    public class RegistrationClient
    {
        private readonly HttpClient _http;

        public RegistrationClient(HttpClient http)
        {
            _http = http;
        }

        public async Task<string> RegisterClientAsync(object client, string accessToken)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "api/client")
            {
                Content = new StringContent(JsonConvert.SerializeObject(client), Encoding.UTF8, "application/json")
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
