using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using IdentityServer4.Test;
using Microsoft.Extensions.Configuration;

namespace Weyland.Relay.Identity
{
    /// <summary>Login users, read from the "oauth:users" section.</summary>
    public static class Users
    {
        public static List<TestUser> Get(IConfiguration configuration)
        {
            return configuration.GetSection("oauth:users").GetChildren()
                .Select(section => new TestUser
                {
                    SubjectId = section.GetValue<string>("subjectId"),
                    Username = section.GetValue<string>("username"),
                    Password = section.GetValue<string>("password"),
                    Claims = new List<Claim>(),
                })
                .ToList();
        }
    }
}
