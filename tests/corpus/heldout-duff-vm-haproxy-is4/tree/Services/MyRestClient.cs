using System.Threading.Tasks;
using ConfigurationManager;
using RestSharp;

namespace Services
{
    public interface IMyRestClient
    {
        Task<RestResponse> ExecuteAsync(RestRequest request);
    }

    // Calls duffwebapi (AppSetting DuffUrl) from the identity service.
    public class MyRestClient : IMyRestClient
    {
        private readonly RestClient _client;

        public MyRestClient(AppSetting appSetting)
        {
            _client = new RestClient(new RestClientOptions(appSetting["DuffUrl"])
            {
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => true
            });
        }

        public Task<RestResponse> ExecuteAsync(RestRequest request) => _client.ExecuteAsync(request);
    }
}
