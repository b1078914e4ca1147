using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace AcmeKeys.Services
{
	public class EmailService
	{
		public Task SendEmailAsync(string emailAddress, string subject, string htmlContent)
		{
			// SendGridApiKey is merged into appsettings.json from Secrets Manager by the deploy job
			var client = new SendGridClient(Startup.Configuration.GetValue<string>("SendGridApiKey"));
			var from = new EmailAddress(Startup.Configuration.GetValue<string>("SendGridEmail"), "Acme Portal");
			var message = MailHelper.CreateSingleEmail(from, new EmailAddress(emailAddress), subject, "", htmlContent);
			return client.SendEmailAsync(message);
		}
	}
}
