using DevExpress.Xpo;

using Duende.IdentityServer.Services;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

using Oscorp.Identity.Xpo.Storage.Models;

namespace Oscorp.Identity.Xpo.Services;

// Allows an origin when any client stored in the database lists it.
public sealed class CorsPolicyService : ICorsPolicyService
{
    private readonly IHttpContextAccessor http;

    public CorsPolicyService(IHttpContextAccessor http) => this.http = http;

    public Task<bool> IsOriginAllowedAsync(string origin)
    {
        var uow = http.HttpContext.RequestServices.GetRequiredService<UnitOfWork>();
        var allowed = uow.Query<XpoClientCorsOrigin>()
            .Any(o => o.Origin.ToLower() == origin.ToLower());
        return Task.FromResult(allowed);
    }
}
