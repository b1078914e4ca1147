using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Stark.IdentityServer.Models
{
    public class Profile
    {
        [BsonId]
        [BsonRepresentation(BsonType.ObjectId)]
        public string Id { get; set; }
        public string Username { get; set; }
        public string Email { get; set; }
        public string FirstName { get; set; }
        public string LastName { get; set; }
        public string PasswordHash { get; set; }
        public string Salt { get; set; }
        public string ExternalProvider { get; set; }
        public string ExternalSubject { get; set; }
    }
}
