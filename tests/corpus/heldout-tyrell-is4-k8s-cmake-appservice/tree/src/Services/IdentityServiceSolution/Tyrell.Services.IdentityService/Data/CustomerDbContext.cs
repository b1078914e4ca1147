using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Tyrell.Services.IdentityService.Data;

public class Customer : IdentityUser<Guid>
{
    public string FirstName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
}

public class CustomerDbContext : IdentityDbContext<Customer, IdentityRole<Guid>, Guid>
{
    public CustomerDbContext(DbContextOptions<CustomerDbContext> options) : base(options) { }
}
