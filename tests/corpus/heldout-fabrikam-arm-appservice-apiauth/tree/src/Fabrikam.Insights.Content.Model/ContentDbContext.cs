using System;
using Microsoft.EntityFrameworkCore;

namespace Fabrikam.Insights.Content.Model
{
    public class Publication
    {
        public Guid Id { get; set; }
        public string Title { get; set; } = string.Empty;
        public string Slug { get; set; } = string.Empty;
    }

    public class ContentDbContext : DbContext
    {
        public ContentDbContext(DbContextOptions<ContentDbContext> options) : base(options)
        {
        }

        public DbSet<Publication> Publications { get; set; } = null!;
    }
}
