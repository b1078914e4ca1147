using Microsoft.AspNetCore.Identity;

namespace Vance.Identity.Server.Users.Domain;

public sealed class VanceUser : IdentityUser;
