using CSharpFunctionalExtensions;
using Duende.IdentityServer.Models;

namespace Sofa.IdentityServer.Management.Api
{
    internal sealed class InMemoryClientManagementStore : IClientManagementStore
    {
        private readonly ICollection<Client> _clients;

        public InMemoryClientManagementStore(IEnumerable<Client> clients) =>
            _clients = clients as ICollection<Client>
                ?? throw new InvalidOperationException("The in-memory clients must be a mutable collection.");

        public Task<Result<IEnumerable<Client>>> GetAll() =>
            Task.FromResult(Result.Success(_clients.AsEnumerable()));

        public Task<Result<Client>> Get(string clientId) =>
            Task.FromResult(Find(clientId));

        public Task<Result> Create(Client client)
        {
            _clients.Add(client);
            return Task.FromResult(Result.Success());
        }

        public Task<Result> Delete(string clientId) =>
            Task.FromResult(Find(clientId).Tap(c => _clients.Remove(c)).Map(_ => true).Bind(_ => Result.Success()));

        public Task<Result> AddSecret(string clientId, string name, Secret secret) =>
            Task.FromResult(Find(clientId)
                .Tap(c => c.ClientSecrets.Add(new Secret(secret.Value.Sha256(), name, secret.Expiration)))
                .Bind(_ => Result.Success()));

        private Result<Client> Find(string clientId) =>
            _clients.FirstOrDefault(c => c.ClientId == clientId) is { } client
                ? Result.Success(client)
                : Result.Failure<Client>("client_not_found");
    }

    internal sealed class InMemoryApiScopeManagementStore : IApiScopeManagementStore
    {
        private readonly ICollection<ApiScope> _scopes;

        public InMemoryApiScopeManagementStore(IEnumerable<ApiScope> scopes) =>
            _scopes = scopes as ICollection<ApiScope>
                ?? throw new InvalidOperationException("The in-memory scopes must be a mutable collection.");

        public Task<Result<ApiScope>> Get(string name) =>
            Task.FromResult(_scopes.FirstOrDefault(s => s.Name == name) is { } scope
                ? Result.Success(scope)
                : Result.Failure<ApiScope>("scope_not_found"));

        public Task<Result> Create(ApiScope scope)
        {
            _scopes.Add(scope);
            return Task.FromResult(Result.Success());
        }

        public Task<Result> Delete(string name) =>
            Get(name).ContinueWith(t => t.Result.Tap(s => _scopes.Remove(s)).Bind(_ => Result.Success()));
    }
}
