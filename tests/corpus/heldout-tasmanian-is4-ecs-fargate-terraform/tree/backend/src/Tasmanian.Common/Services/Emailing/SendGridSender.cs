using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Tasmanian.Common.Services.Emailing
{
    public class SendGridSender : IEmailSender
    {
        private readonly string _apiKey;
        private readonly bool _clickTracking;

        public SendGridSender(string apiKey, bool clickTracking)
        {
            _apiKey = apiKey;
            _clickTracking = clickTracking;
        }

        public async Task SendAsync(string to, string subject, string htmlBody)
        {
            var client = new SendGridClient(_apiKey);
            var message = MailHelper.CreateSingleEmail(
                new EmailAddress("no-reply@tasmanianjournal.net"), new EmailAddress(to), subject, null, htmlBody);
            message.SetClickTracking(_clickTracking, _clickTracking);
            await client.SendEmailAsync(message);
        }
    }
}
