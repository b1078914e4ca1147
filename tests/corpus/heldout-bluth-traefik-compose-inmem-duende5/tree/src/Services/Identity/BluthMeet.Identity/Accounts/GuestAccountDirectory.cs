using System;
using System.Text;
using System.Text.RegularExpressions;
using Duende.IdentityServer.Test;

namespace BluthMeet.Identity.Accounts
{
    // Guest sign-in: any short alphanumeric name is accepted with any password;
    // the subject id is just the hex form of the name.
    public class GuestAccountDirectory : IAccountDirectory
    {
        private static readonly Regex Allowed = new("^[a-zA-Z0-9]{1,11}$");

        public bool CheckPassword(string userName, string password) =>
            !string.IsNullOrWhiteSpace(userName) && Allowed.IsMatch(userName);

        public TestUser Find(string userName) => new()
        {
            Username = userName,
            SubjectId = Convert.ToHexString(Encoding.ASCII.GetBytes(userName)),
            IsActive = true,
        };

        public string? NameFromSubject(string subjectId) =>
            Encoding.ASCII.GetString(Convert.FromHexString(subjectId));
    }
}
