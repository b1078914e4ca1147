using System;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Initrode.Identity.Api.Infrastructure
{
    public class User : IdentityUser<Guid>
    {
    }

    public class Role : IdentityRole<Guid>
    {
    }

    public sealed class IdentityDbContext : IdentityDbContext<User, Role, Guid>
    {
        public IdentityDbContext(DbContextOptions<IdentityDbContext> options) : base(options)
        {
        }
    }
}
