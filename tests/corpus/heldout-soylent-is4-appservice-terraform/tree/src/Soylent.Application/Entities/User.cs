using System;
using Microsoft.AspNetCore.Identity;

namespace Soylent.Application.Entities
{
    public class User : IdentityUser
    {
        public DateTime? BirthDate { get; set; }
        public decimal? Height { get; set; }
    }

    public class DiaryEntry
    {
        public int Id { get; set; }
        public string UserId { get; set; }
        public DateTime Date { get; set; }
        public string Meal { get; set; }
    }
}
