using Models;
using Repositories;
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Services.Services
{
    public interface IIdentityUserService
    {
        Task<IdentityUser> GetBySubjectIdAsync(string subjectId);
    }

    public class IdentityUserService : IIdentityUserService
    {
        private readonly IIdentityUserRepository repository;

        public IdentityUserService(IIdentityUserRepository repository)
        {
            this.repository = repository;
        }

        public Task<IdentityUser> GetBySubjectIdAsync(string subjectId) => repository.FindBySubjectIdAsync(subjectId);
    }

    public static class PasswordHasher
    {
        public static string Hash(string plain)
        {
            using SHA256 sha = SHA256.Create();
            return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(plain)));
        }
    }
}
