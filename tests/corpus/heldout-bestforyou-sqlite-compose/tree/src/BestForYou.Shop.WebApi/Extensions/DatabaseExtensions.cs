using BestForYou.Shop.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace BestForYou.Shop.WebApi.Extensions
{
    public static class DatabaseExtensions
    {
        public static void ApplyMigrations(this IServiceProvider services)
        {
            using var scope = services.CreateScope();
            using var context = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            context.Database.EnsureDeleted();
            context.Database.Migrate();
        }
    }
}
