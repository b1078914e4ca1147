using CSharpFunctionalExtensions;
using Duende.IdentityServer.Models;

namespace Sofa.IdentityServer.Management.Api
{
    internal interface IClientManagementStore
    {
        Task<Result<IEnumerable<Client>>> GetAll();
        Task<Result<Client>> Get(string clientId);
        Task<Result> Create(Client client);
        Task<Result> Delete(string clientId);
        Task<Result> AddSecret(string clientId, string name, Secret secret);
    }

    internal interface IApiScopeManagementStore
    {
        Task<Result<ApiScope>> Get(string name);
        Task<Result> Create(ApiScope scope);
        Task<Result> Delete(string name);
    }
}
