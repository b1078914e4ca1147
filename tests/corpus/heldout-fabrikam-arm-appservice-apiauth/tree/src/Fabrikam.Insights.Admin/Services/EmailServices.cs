using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Fabrikam.Insights.Admin.Services
{
    public interface IEmailService
    {
        void Send(string email, string templateId, Dictionary<string, object> values);
    }

    public class SendGridEmailService : IEmailService
    {
        private readonly ISendGridClient _client;
        private readonly string _fromAddress;

        public SendGridEmailService(ISendGridClient client, string fromAddress)
        {
            _client = client;
            _fromAddress = fromAddress;
        }

        public void Send(string email, string templateId, Dictionary<string, object> values)
        {
            var message = new SendGridMessage { From = new EmailAddress(_fromAddress), TemplateId = templateId };
            message.AddTo(email);
            message.SetTemplateData(values);
            _client.SendEmailAsync(message).GetAwaiter().GetResult();
        }
    }

    // Used locally when no real email key is configured: writes the email to the log instead.
    public class LoggingEmailService : IEmailService
    {
        private readonly ILogger<LoggingEmailService> _logger;

        public LoggingEmailService(ILogger<LoggingEmailService> logger)
        {
            _logger = logger;
        }

        public void Send(string email, string templateId, Dictionary<string, object> values)
        {
            _logger.LogInformation("Email to {Email} with template {TemplateId}", email, templateId);
        }
    }
}
