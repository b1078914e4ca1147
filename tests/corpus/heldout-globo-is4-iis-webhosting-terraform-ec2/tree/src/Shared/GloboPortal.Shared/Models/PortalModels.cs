using Microsoft.AspNetCore.Identity;

namespace GloboPortal.Shared.Models
{
    public class ApplicationUser : IdentityUser<Guid>
    {
        public string DisplayName { get; set; }
    }

    public class ApplicationRole : IdentityRole<Guid>
    {
    }

    public class TodoItem
    {
        public long Id { get; set; }
        public string Title { get; set; }
        public bool IsCompleted { get; set; }
    }

    public class LocalizationRecord
    {
        public long Id { get; set; }
        public string Culture { get; set; }
        public string Key { get; set; }
        public string Text { get; set; }
    }
}

namespace GloboPortal.Shared.Storage
{
    public interface IDatabaseInitializer
    {
        Task SeedAsync();
    }
}
