using System.Net;
using System.Net.Mail;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace Relecloud.SignIn.Services
{
    public class EmailService : IEmailService
    {
        private readonly SmtpOptions _smtp;

        public EmailService(IOptions<SmtpOptions> smtp)
        {
            _smtp = smtp.Value;
        }

        public async Task SendEmailAsync(string from, string to, string subject, string body)
        {
            using var message = new MailMessage(from, to, subject, body);
            using var client = new SmtpClient(_smtp.Host, _smtp.Port)
            {
                Credentials = new NetworkCredential(_smtp.Username, _smtp.Password)
            };
            await client.SendMailAsync(message);
        }
    }
}
