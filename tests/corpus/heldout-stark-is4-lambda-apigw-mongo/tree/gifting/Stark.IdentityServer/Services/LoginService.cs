using System;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Stark.IdentityServer.Data;
using Stark.IdentityServer.Models;

namespace Stark.IdentityServer.Services
{
    public interface ILoginService
    {
        bool ValidateCredentials(string username, string password);
        Profile FindByUsername(string username);
        Profile Register(Profile profile, string password);
    }

    public class LoginService : ILoginService
    {
        private readonly IProfileRepository _profiles;

        public LoginService(IProfileRepository profiles) => _profiles = profiles;

        public Profile FindByUsername(string username) => _profiles.FindByUsername(username);

        public bool ValidateCredentials(string username, string password)
        {
            var profile = _profiles.FindByUsername(username);
            return profile != null && Hash(password, profile.Salt) == profile.PasswordHash;
        }

        public Profile Register(Profile profile, string password)
        {
            var salt = new byte[16];
            using (var rng = RandomNumberGenerator.Create()) rng.GetBytes(salt);
            profile.Salt = Convert.ToBase64String(salt);
            profile.PasswordHash = Hash(password, profile.Salt);
            _profiles.Create(profile);
            return profile;
        }

        private static string Hash(string password, string salt) =>
            Convert.ToBase64String(KeyDerivation.Pbkdf2(
                password, Convert.FromBase64String(salt), KeyDerivationPrf.HMACSHA256, 10000, 32));
    }
}
