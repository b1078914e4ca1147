using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TasmanianIdentity;
using TasmanianIdentity.Data;
using TasmanianIdentity.Seeding;

[assembly: HostingStartup(typeof(IdentityHostingStartup))]

namespace TasmanianIdentity
{
    public class IdentityHostingStartup : IHostingStartup
    {
        public void Configure(IWebHostBuilder builder)
        {
            builder.ConfigureServices((context, services) =>
            {
                var accountsDb = context.Configuration.GetConnectionString("AccountsDbConnection");

                services.AddDbContext<AccountsDbContext>(options => options.UseNpgsql(accountsDb));

                var confirmEmail = context.Configuration.GetValue<bool>("RequireEmailConfirmation");
                services.AddDefaultIdentity<TasmanianUser>(options =>
                        options.SignIn.RequireConfirmedAccount = confirmEmail)
                    .AddEntityFrameworkStores<AccountsDbContext>();

                AccountSeeder.Run(accountsDb);
            });
        }
    }
}
