namespace CleanShop.Application.IntegrationTests;

public partial class Testing
{
    public static void ResetState(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        context.Database.Migrate();
    }
}
