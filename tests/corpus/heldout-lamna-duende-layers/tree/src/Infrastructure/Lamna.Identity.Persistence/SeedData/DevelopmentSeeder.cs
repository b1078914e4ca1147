using Lamna.Identity.Domain.Entities;
using Lamna.Identity.Persistence.Contexts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lamna.Identity.Persistence.SeedData;

public static class DevelopmentSeeder
{
    public static async Task SeedDevelopmentDatabaseAsync(this IApplicationBuilder app)
    {
        using var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<MemberDbContext>();

        var pending = await db.Database.GetPendingMigrationsAsync();
        if (pending.Any()) await db.Database.MigrateAsync();

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<MemberRole>>();
        if (!roles.Roles.Any())
        {
            await roles.CreateAsync(new MemberRole { Name = "Patient" });
            await roles.CreateAsync(new MemberRole { Name = "Clinician" });
            await roles.CreateAsync(new MemberRole { Name = "Administrator" });
        }

        var members = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        if (!members.Users.Any())
        {
            var admin = new Member("ops@lamnahealthcare.com", "LamnaOps") { EmailConfirmed = true };
            await members.CreateAsync(admin, "Lamna#Seed-2291");
            await members.AddToRoleAsync(admin, "Administrator");
        }
    }
}
