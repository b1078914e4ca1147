using System.Threading.Tasks;

namespace Veridian.Security.Domain.Features.Profiles.Providers
{
    public interface IIdentityProvider
    {
        Task<IdentityData[]> Search(AliasesCriterion criterion);
    }

    public class AliasesCriterion
    {
        public string[] Aliases { get; set; }
    }

    public class IdentityData
    {
        public string AliasName { get; set; }
        public string FirstName { get; set; }
        public string LastName { get; set; }
        public string FullName { get; set; }
        public string EmailAddress { get; set; }
        public string PhoneNumber { get; set; }
        public string DepartmentName { get; set; }
        public string OfficeName { get; set; }
    }
}
