using Microsoft.AspNetCore.Identity;

namespace Tailspin.Common.Domain;

public class MemberUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTimeOffset JoinedAt { get; set; } = DateTimeOffset.UtcNow;
}
