using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Virtucon.Identity.Models;

namespace Virtucon.Identity.Data;

public class MemberDbContext(DbContextOptions<MemberDbContext> options) : IdentityDbContext<Member>(options);
