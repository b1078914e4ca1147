using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

using Monarch.Identity.Core.Models.Identity;

namespace Monarch.Identity.Data;

/// <summary>ASP.NET Core Identity users and roles (same PostgreSQL database as the IdentityServer stores).</summary>
public class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, string>(options)
{
}
