using Microsoft.EntityFrameworkCore;

namespace AuctionService.Data;

public class DbInitializer
{
    public static void InitDb(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AuctionDbContext>();

        context.Database.Migrate();

        if (context.Auctions.Any())
        {
            Console.WriteLine("Auction data already present - skipping seed");
            return;
        }

        // demo auctions are added here
        context.SaveChanges();
    }
}
