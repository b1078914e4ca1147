namespace Models
{
    public class IdentityUser
    {
        public int Id { get; set; }

        public string SubjectId { get; set; }

        public string Username { get; set; }

        public string Password { get; set; }

        public string Name { get; set; }

        public string Email { get; set; }
    }
}
