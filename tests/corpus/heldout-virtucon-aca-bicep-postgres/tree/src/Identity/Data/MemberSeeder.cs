using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Virtucon.Identity.Models;

namespace Virtucon.Identity.Data;

public static class MemberSeeder
{
    public static void Run(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MemberDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();

        db.Database.Migrate();

        Ensure(users, new Member { UserName = "admin@virtucon.be", Email = "admin@virtucon.be", EmailConfirmed = true, MemberNo = "V0001", Role = "admin" });
        Ensure(users, new Member { UserName = "number2@virtucon.be", Email = "number2@virtucon.be", EmailConfirmed = true, MemberNo = "V1002", ClubId = "1" });
    }

    private static void Ensure(UserManager<Member> users, Member member)
    {
        if (users.FindByEmailAsync(member.Email!).Result is not null) return;
        var result = users.CreateAsync(member, "Virtucon#Demo1").Result;
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Description)));
    }
}
