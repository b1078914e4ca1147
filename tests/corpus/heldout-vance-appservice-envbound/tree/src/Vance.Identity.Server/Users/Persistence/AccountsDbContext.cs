using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Vance.Identity.Server.Users.Domain;

namespace Vance.Identity.Server.Users.Persistence;

public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<VanceUser>(options);
