using System.Linq;
using MongoDB.Driver;
using Stark.IdentityServer.Models;

namespace Stark.IdentityServer.Data
{
    public interface IProfileRepository
    {
        Profile FindByUsername(string username);
        Profile FindById(string id);
        void Create(Profile profile);
    }

    public class ProfileRepository : IProfileRepository
    {
        private readonly IMongoCollection<Profile> _profiles;

        public ProfileRepository(IDatabaseSettings settings)
        {
            var database = new MongoClient(settings.ConnectionString).GetDatabase(settings.DatabaseName);
            _profiles = database.GetCollection<Profile>("Profile");
        }

        public Profile FindByUsername(string username)
            => _profiles.AsQueryable().FirstOrDefault(p => p.Username == username);

        public Profile FindById(string id) => _profiles.AsQueryable().FirstOrDefault(p => p.Id == id);

        public void Create(Profile profile) => _profiles.InsertOne(profile);
    }
}
