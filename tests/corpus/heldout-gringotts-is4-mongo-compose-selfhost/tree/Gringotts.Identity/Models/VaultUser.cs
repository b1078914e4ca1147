using AspNetCore.Identity.Mongo.Model;

namespace Gringotts.Identity.Models
{
    public class VaultUser : MongoUser
    {
        public string? MfaMethod { get; set; }
    }
}
