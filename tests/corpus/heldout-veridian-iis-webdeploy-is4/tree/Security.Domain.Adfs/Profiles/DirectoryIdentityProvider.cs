using System;
using System.DirectoryServices;
using System.DirectoryServices.AccountManagement;
using System.Linq;
using System.Security.Principal;
using System.Threading.Tasks;
using Veridian.Security.Domain.Features.Profiles.Providers;
using Veridian.Security.Domain.Shared.Exceptions;

namespace Veridian.Security.Domain.Adfs.Profiles
{
    // searches the domain of the app pool account for the given aliases
    public class DirectoryIdentityProvider : IIdentityProvider
    {
        private static readonly string[] Attributes =
        {
            "cn", "sn", "givenname", "displayname", "mail",
            "department", "physicaldeliveryofficename", "telephonenumber",
        };

        public Task<IdentityData[]> Search(AliasesCriterion criterion)
        {
            if (criterion?.Aliases == null || criterion.Aliases.Length == 0)
                throw new GuardException("At least one alias is required");

            var current = WindowsIdentity.GetCurrent().User
                ?? throw new InvalidOperationException("The process identity has no SID");

            var context = new PrincipalContext(ContextType.Domain);
            var principal = UserPrincipal.FindByIdentity(context, IdentityType.Sid, current.Value)
                ?? throw new InvalidOperationException("The process account was not found in the domain");

            // climb to the domain root
            var root = (DirectoryEntry)principal.GetUnderlyingObject();
            while (root.SchemaClassName != "domainDNS")
                root = root.Parent;

            var filter = "(|" + string.Concat(criterion.Aliases
                .Where(a => !string.IsNullOrEmpty(a))
                .Select(a => $"(name={a})")) + ")";

            var searcher = new DirectorySearcher(root, filter, Attributes)
            {
                SearchScope = SearchScope.Subtree,
                Sort = new SortOption("cn", SortDirection.Ascending),
            };

            var results = searcher.FindAll().OfType<SearchResult>().Select(r => new IdentityData
            {
                AliasName = Read(r, "cn"),
                FirstName = Read(r, "givenname"),
                LastName = Read(r, "sn"),
                FullName = Read(r, "displayname"),
                EmailAddress = Read(r, "mail"),
                PhoneNumber = Read(r, "telephonenumber"),
                DepartmentName = Read(r, "department"),
                OfficeName = Read(r, "physicaldeliveryofficename"),
            });

            return Task.FromResult(results.ToArray());
        }

        private static string Read(SearchResult result, string name)
            => result.Properties.Contains(name) ? result.Properties[name][0]?.ToString() : null;
    }
}
