using System;
using Microsoft.EntityFrameworkCore;

namespace Fabrikam.Insights.Data.Model
{
    public class Observation
    {
        public Guid Id { get; set; }
        public Guid SubjectId { get; set; }
        public string Measures { get; set; } = string.Empty;
    }

    public class StatisticsDbContext : DbContext
    {
        public StatisticsDbContext(DbContextOptions<StatisticsDbContext> options) : base(options)
        {
        }

        public DbSet<Observation> Observations { get; set; } = null!;
    }
}
