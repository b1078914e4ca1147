using Duende.IdentityServer.Test;

namespace BluthMeet.Identity.Accounts
{
    public interface IAccountDirectory
    {
        bool CheckPassword(string userName, string password);

        TestUser Find(string userName);

        string? NameFromSubject(string subjectId);
    }
}
