using Duende.IdentityServer.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Sofa.IdentityServer.Management.Api.Constants.Paths;

namespace Sofa.IdentityServer.Management.Api
{
    public static class HttpPipelineExtensions
    {
        public static ManagementEndpointBuilder UseIdentityServerManagementApi(this IEndpointRouteBuilder app)
        {
            var basePath = app.ServiceProvider.GetRequiredService<IOptions<ManagementApiOptions>>().Value.BasePath;

            var routes = new List<RouteHandlerBuilder>
            {
                app.MapGet($"{basePath}/{SubPaths.Clients}", async (IClientManagementStore store) =>
                    (await store.GetAll()).IsSuccess ? Results.Ok((await store.GetAll()).Value) : Results.Problem()),
                app.MapGet($"{basePath}/{SubPaths.Clients}/{{clientId}}", async (string clientId, IClientManagementStore store) =>
                    await store.Get(clientId) is { IsSuccess: true } found ? Results.Ok(found.Value) : Results.NotFound()),
                app.MapPut($"{basePath}/{SubPaths.Clients}/{{clientId}}", async (string clientId, Client client, IClientManagementStore store) =>
                    (await store.Create(client)).IsSuccess ? Results.Created($"{basePath}/{SubPaths.Clients}/{clientId}", null) : Results.Conflict()),
                app.MapDelete($"{basePath}/{SubPaths.Clients}/{{clientId}}", async (string clientId, IClientManagementStore store) =>
                    (await store.Delete(clientId)).IsSuccess ? Results.NoContent() : Results.NotFound()),
                app.MapPut($"{basePath}/{SubPaths.Clients}/{{clientId}}/{SubPaths.ClientSecrets}/{{name}}", async (string clientId, string name, Secret secret, IClientManagementStore store) =>
                    (await store.AddSecret(clientId, name, secret)).IsSuccess ? Results.NoContent() : Results.NotFound()),
                app.MapGet($"{basePath}/{SubPaths.ApiScopes}/{{name}}", async (string name, IApiScopeManagementStore store) =>
                    await store.Get(name) is { IsSuccess: true } scope ? Results.Ok(scope.Value) : Results.NotFound()),
                app.MapPut($"{basePath}/{SubPaths.ApiScopes}/{{name}}", async (string name, ApiScope scope, IApiScopeManagementStore store) =>
                    (await store.Create(scope)).IsSuccess ? Results.NoContent() : Results.Conflict()),
                app.MapDelete($"{basePath}/{SubPaths.ApiScopes}/{{name}}", async (string name, IApiScopeManagementStore store) =>
                    (await store.Delete(name)).IsSuccess ? Results.NoContent() : Results.NotFound()),
            };

            return new ManagementEndpointBuilder(app, routes);
        }

        public static ManagementEndpointBuilder RequireAuthorization(this ManagementEndpointBuilder builder, string policy)
        {
            foreach (var route in builder.Routes)
            {
                route.RequireAuthorization(policy);
            }

            return builder;
        }

        public sealed class ManagementEndpointBuilder
        {
            public ManagementEndpointBuilder(IEndpointRouteBuilder app, IReadOnlyList<RouteHandlerBuilder> routes)
            {
                App = app;
                Routes = routes;
            }

            public IEndpointRouteBuilder App { get; }

            public IReadOnlyList<RouteHandlerBuilder> Routes { get; }
        }
    }
}
