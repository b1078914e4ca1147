using System.Threading.Tasks;
using IdentityServer4.Models;

namespace FourthDegree.Identity.Provider.Repository.Clients
{
    public interface IClientWriteStore
    {
        Task Add(Client client);

        Task UpdateClient(Client client);
    }
}
