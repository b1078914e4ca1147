namespace WebApiDto.Auth
{
    public class CheckResponceDto
    {
        public string PublicCertThumbprint { get; set; }
        public string Username { get; set; }
    }
}
