using ConfigurationManager;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace WebApp
{
    public class WebAppDbContext : DbContext, IDataProtectionKeyContext
    {
        private readonly AppSetting _appSetting;

        public WebAppDbContext(AppSetting appSetting)
        {
            _appSetting = appSetting;
        }

        public DbSet<DataProtectionKey> DataProtectionKeys { get; set; }

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            optionsBuilder.UseNpgsql($"host={_appSetting["DbHost"]};port={_appSetting["DbPort"]};database=WebApp;" +
                                     $"user id={_appSetting["DbUser"]};password={_appSetting["DbPassword"]}");
        }
    }
}
