using System.Threading.Tasks;
using IdentityServer4.Models;

namespace FourthDegree.Identity.Provider.Repository
{
    public interface IResourceWriteStore
    {
        Task AddApiResource(ApiResource resource);

        Task UpdateApiResource(ApiResource resource);
    }
}
