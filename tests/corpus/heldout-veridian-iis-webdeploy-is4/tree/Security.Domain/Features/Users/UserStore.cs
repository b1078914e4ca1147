using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using Veridian.Security.Domain.Features.Profiles.Providers;

namespace Veridian.Security.Domain.Features.Users
{
    public class UserStore : IUserStore
    {
        public UserStore(IIdentityProvider provider)
        {
            Provider = provider;
        }

        protected IIdentityProvider Provider { get; }

        protected List<UserData> Cache { get; set; } = new List<UserData>();

        public Task<bool> ValidateCredentials(string username, string password)
        {
            var user = Cache.FirstOrDefault(u => u.Username == username);
            return Task.FromResult(user != null && user.Password == password);
        }

        public Task<UserData> FindBySubjectId(string subjectId)
            => Task.FromResult(Cache.FirstOrDefault(u => u.SubjectId == subjectId));

        public Task<UserData> FindByUsername(string username)
            => Task.FromResult(Cache.FirstOrDefault(u => u.Username == username));

        public Task<UserData> FindByProvider(string provider, string subjectId, string connectId)
            => Task.FromResult(Cache.FirstOrDefault(u => u.ProviderName == provider && u.ProviderSubjectId == subjectId));

        public async Task<UserData> ProvisionUser(string provider, string userId, string connectId, List<Claim> claims)
        {
            // windows users are enriched with their active directory profile
            var found = await Provider.Search(new AliasesCriterion { Aliases = new[] { connectId } });
            var user = new UserData
            {
                SubjectId = userId,
                Username = connectId,
                ProviderName = provider,
                ProviderSubjectId = userId,
                Claims = claims,
            };
            if (found.Length > 0)
            {
                user.Claims.Add(new Claim("fullName", found[0].FullName ?? connectId));
                user.Claims.Add(new Claim("email", found[0].EmailAddress ?? string.Empty));
            }
            Cache.Add(user);
            return user;
        }
    }
}
