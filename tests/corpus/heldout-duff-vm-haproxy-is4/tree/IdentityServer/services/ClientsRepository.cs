using System.Collections.Generic;
using System.Linq;
using IdentityRepo.DbContext;
using IdentityServer4.EntityFramework.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IdentityServer.services
{
    public interface IIdentityClientsRepository
    {
        List<Client> GetUserClients(string email);
    }

    // Clients an account registered itself through the client registration page.
    [GoogleTracer.Profile]
    public class IdentityClientsRepository : IIdentityClientsRepository
    {
        private readonly IdentityDbContext _dbContext;

        public IdentityClientsRepository(IdentityDbContext dbContext)
        {
            _dbContext = dbContext;
        }

        public List<Client> GetUserClients(string email)
        {
            return _dbContext.UserClients
                .Where(x => x.UserId == email)
                .Include(x => x.Client).ThenInclude(x => x.RedirectUris)
                .Select(x => x.Client)
                .ToList();
        }
    }
}
