using System;
using Microsoft.AspNetCore.Identity;

namespace Fabrikam.Bazaar.Core.Entities;

// A marketplace account; the token service signs people in as members.
public class Member : IdentityUser<Guid>
{
    public DateTimeOffset JoinedAt { get; set; }
}

public class MemberRole : IdentityRole<Guid>
{
}
