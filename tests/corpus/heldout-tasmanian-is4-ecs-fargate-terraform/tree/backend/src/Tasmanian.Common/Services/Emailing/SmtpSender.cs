using System.Threading.Tasks;
using MailKit.Net.Smtp;
using MimeKit;

namespace Tasmanian.Common.Services.Emailing
{
    public class SmtpSender : IEmailSender
    {
        private readonly string _host;
        private readonly int _port;
        private readonly string _user;
        private readonly string _password;

        public SmtpSender(string host, int port, string user, string password)
        {
            _host = host;
            _port = port;
            _user = user;
            _password = password;
        }

        public async Task SendAsync(string to, string subject, string htmlBody)
        {
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(_user));
            message.To.Add(MailboxAddress.Parse(to));
            message.Subject = subject;
            message.Body = new TextPart("html") { Text = htmlBody };

            using var client = new SmtpClient();
            await client.ConnectAsync(_host, _port);
            await client.AuthenticateAsync(_user, _password);
            await client.SendAsync(message);
            await client.DisconnectAsync(true);
        }
    }
}
