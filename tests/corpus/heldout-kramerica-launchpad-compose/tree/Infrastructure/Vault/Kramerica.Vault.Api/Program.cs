using Kramerica.Launchpad;
using StackExchange.Redis;

// In-house stand-in for a cloud secrets manager: secret sets are JSON blobs stored in Redis.
await new LaunchpadBuilder()
    .WithSerilog(line => Console.WriteLine($"serilog: {line}"))
    .WithSwagger(title: "Kramerica Vault")
    .WithHealthProbe()
    .WithServices(host =>
    {
        var hosts = host.Configuration.GetSection("Redis:Hosts").Get<string[]>() ?? ["redis:6379"];
        host.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(string.Join(',', hosts)));
    })
    .WithEndpoints(app =>
    {
        app.MapGet("/secrets/{vault}/{name}", async (string vault, string name, IConnectionMultiplexer redis) =>
        {
            var blob = await redis.GetDatabase().StringGetAsync(vault);
            return blob.IsNullOrEmpty ? Results.NotFound() : Results.Text(blob.ToString(), "application/json");
        });
    })
    .Build(args)
    .RunAsync();
