using System.IdentityModel.Tokens.Jwt;
using Gateway.Middleware;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using StackExchange.Redis;

JwtSecurityTokenHandler.DefaultInboundClaimTypeMap.Clear();

var builder = WebApplication.CreateBuilder(args);

var gateway = builder.Configuration.GetSection("Gateway").Get<GatewayOptions>() ?? new GatewayOptions();
builder.Configuration.GetSection("OpenIdConnect").Bind(gateway);

// session store and key ring for the gateway's own cookies
builder.Services.AddStackExchangeRedisCache(options =>
{
    options.Configuration = builder.Configuration.GetValue<string>("Redis");
    options.InstanceName = "bff-session";
});
var redis = ConnectionMultiplexer.Connect(builder.Configuration.GetValue<string>("Redis"));
builder.Services.AddDataProtection()
    .PersistKeysToStackExchangeRedis(redis, "Bff-DataProtection-Keys");

builder.AddGateway(gateway);

builder.Services.AddCors(options =>
{
    options.AddPolicy("api", policy => policy.AllowAnyMethod().AllowAnyHeader().AllowAnyOrigin());
});

var app = builder.Build();

var forwarded = new ForwardedHeadersOptions
{
    ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
};
forwarded.KnownNetworks.Clear();
forwarded.KnownProxies.Clear();
app.UseForwardedHeaders(forwarded);

app.UseHttpsRedirection();
app.UseCors("api");
app.UseGateway();

app.Run();
