using System.Linq;
using Fabrikam.Insights.Admin.Areas.Identity.Data;
using Fabrikam.Insights.Admin.Models;
using Microsoft.Extensions.Configuration;

namespace Fabrikam.Insights.Admin.Services
{
    // Development only: pre-invites the users listed under BootstrapUsers in the local settings.
    public class BootstrapUsersService
    {
        private readonly IConfiguration _configuration;
        private readonly UsersAndRolesDbContext _usersAndRoles;

        public BootstrapUsersService(IConfiguration configuration, UsersAndRolesDbContext usersAndRoles)
        {
            _configuration = configuration;
            _usersAndRoles = usersAndRoles;
        }

        public void AddBootstrapUsers()
        {
            var emails = _configuration.GetSection("BootstrapUsers").Get<string[]>() ?? new string[0];
            var missing = emails.Where(email => !_usersAndRoles.UserInvites.Any(invite => invite.Email == email));

            foreach (var email in missing.ToList())
            {
                _usersAndRoles.UserInvites.Add(new UserInvite { Email = email, Accepted = false });
            }

            _usersAndRoles.SaveChanges();
        }
    }
}
