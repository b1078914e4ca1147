using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;

namespace Veridian.Security.Domain.Features.Users
{
    public interface IUserStore
    {
        Task<bool> ValidateCredentials(string username, string password);
        Task<UserData> FindBySubjectId(string subjectId);
        Task<UserData> FindByUsername(string username);
        Task<UserData> FindByProvider(string provider, string subjectId, string connectId);
        Task<UserData> ProvisionUser(string provider, string userId, string connectId, List<Claim> claims);
    }

    public class UserData
    {
        public string SubjectId { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public string ProviderName { get; set; }
        public string ProviderSubjectId { get; set; }
        public List<Claim> Claims { get; set; } = new List<Claim>();
    }
}
