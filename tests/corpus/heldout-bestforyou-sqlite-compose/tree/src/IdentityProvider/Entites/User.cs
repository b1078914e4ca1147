namespace IdentityProvider.Entites
{
    public class User
    {
        public Guid Id { get; set; }
        public string Subject { get; set; } = string.Empty;
        public string UserName { get; set; } = string.Empty;
        public string? Password { get; set; }
        public string? Email { get; set; }
        public bool Active { get; set; }
    }
}
