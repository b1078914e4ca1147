using IdentityServer.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace IdentityServer.Application.Common.Interfaces;

public interface IApplicationDbContext
{
    DbSet<ApplicationUser> ApplicationUsers { get; }
}

public interface ICurrentUserService
{
    string? UserId { get; }
}
