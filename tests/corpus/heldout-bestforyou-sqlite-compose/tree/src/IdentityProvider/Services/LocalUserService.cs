using IdentityProvider.Database;
using IdentityProvider.Entites;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IdentityProvider.Services
{
    public interface ILocalUserService
    {
        Task<User?> GetUserBySubjectAsync(string subject);
        Task<bool> ValidateCredentialsAsync(string userName, string password);
    }

    public class LocalUserService : ILocalUserService
    {
        private readonly IdentityDbContext _context;
        private readonly IPasswordHasher<User> _passwordHasher;

        public LocalUserService(IdentityDbContext context, IPasswordHasher<User> passwordHasher)
        {
            _context = context;
            _passwordHasher = passwordHasher;
        }

        public Task<User?> GetUserBySubjectAsync(string subject) =>
            _context.Users.FirstOrDefaultAsync(u => u.Subject == subject);

        public async Task<bool> ValidateCredentialsAsync(string userName, string password)
        {
            var user = await _context.Users.FirstOrDefaultAsync(u => u.UserName == userName);
            if (user is null || !user.Active || user.Password is null)
            {
                return false;
            }

            return _passwordHasher.VerifyHashedPassword(user, user.Password, password)
                != PasswordVerificationResult.Failed;
        }
    }
}
