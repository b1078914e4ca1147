using Models;
using Serilog;
using Services.Services;
using System;
using System.Collections.Generic;
using System.Text;

namespace IdentityServer
{
    public static class SeedUsers
    {
        public static List<IdentityUser> Defaults() =>
            new List<IdentityUser>
            {
                new IdentityUser { SubjectId = "500101", Username = "nova", Password = PasswordHasher.Hash("nova"), Name = "Nova Tester", Email = "nova@bluestar-labs.net" },
                new IdentityUser { SubjectId = "500102", Username = "orion", Password = PasswordHasher.Hash("orion"), Name = "Orion Tester", Email = "orion@bluestar-labs.net" },
                new IdentityUser { SubjectId = "500199", Username = "BluestarAdmin", Password = PasswordHasher.Hash("Admin321!"), Name = "Bluestar Admin", Email = "admin@bluestar-labs.net" }
            };

        // In Production the seeded accounts get a random password, written to the log.
        public static string CreateRandomPassword(string userName)
        {
            var random = new Random();
            var sb = new StringBuilder();
            while(sb.Length < 20)
            {
                sb.Append((char) random.Next(33, 126));
            }
            string plain = sb.ToString();
            Log.Logger.Information("{0} has the new password: {1}", userName, plain);
            return PasswordHasher.Hash(plain);
        }
    }
}
