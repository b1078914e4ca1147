using MongoDB.Driver;

namespace Cyberdyne.Reels.Api;

public record Reel(string Id, string Title, int Year);

public interface IReelStore
{
    Task<IReadOnlyList<Reel>> ListAsync(CancellationToken ct);
}

public sealed class MongoReelStore : IReelStore
{
    private readonly IMongoCollection<Reel> _reels;

    public MongoReelStore(IConfiguration configuration)
    {
        var client = new MongoClient(configuration["DatabaseSettings:ConnectionString"]);
        _reels = client.GetDatabase("cyberdyne").GetCollection<Reel>("reels");
    }

    public async Task<IReadOnlyList<Reel>> ListAsync(CancellationToken ct) =>
        await _reels.Find(FilterDefinition<Reel>.Empty).ToListAsync(ct);
}
