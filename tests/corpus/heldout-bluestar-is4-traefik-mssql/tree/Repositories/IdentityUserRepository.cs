using Microsoft.EntityFrameworkCore;
using Models;
using System.Threading.Tasks;

namespace Repositories
{
    public interface IIdentityUserRepository
    {
        Task<IdentityUser> FindBySubjectIdAsync(string subjectId);
    }

    public class IdentityUserRepository : IIdentityUserRepository
    {
        private readonly DbContext db;

        public IdentityUserRepository(DbContext db)
        {
            this.db = db;
        }

        public Task<IdentityUser> FindBySubjectIdAsync(string subjectId) =>
            db.Set<IdentityUser>().FirstOrDefaultAsync(u => u.SubjectId == subjectId);
    }
}
