using System.Collections.Generic;
using System.Security.Claims;
using Veridian.Security.Domain.Features.Profiles.Providers;

namespace Veridian.Security.Domain.Features.Users
{
    // seeds the in-memory store with two test accounts
    public class LocalStore : UserStore
    {
        public LocalStore(IIdentityProvider provider) : base(provider)
        {
            Cache = new List<UserData>
            {
                Seed("bob", "Bob", "Smith"),
                Seed("alice", "Alice", "Smith"),
            };
        }

        private static UserData Seed(string name, string first, string last)
        {
            return new UserData
            {
                SubjectId = name,
                Username = name,
                Password = name,
                Claims =
                {
                    new Claim("userName", name),
                    new Claim("aliasName", name),
                    new Claim("firstName", first),
                    new Claim("lastName", last),
                    new Claim("fullName", $"{first} {last}"),
                    new Claim("email", $"{first}{last}@email.com"),
                    new Claim("email_verified", "true", ClaimValueTypes.Boolean),
                }
            };
        }
    }
}
