using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fincher.Accounts.Infrastructure.Mailing;

public class EmailConfiguration
{
    public string EmailProvider { get; set; } = "Smtp";

    public string From { get; set; } = string.Empty;

    public string DefaultFromName { get; set; } = string.Empty;

    public SmtpEmailConfiguration SmtpEmailConfiguration { get; set; } = new();

    public SendGridConfiguration SendGridConfiguration { get; set; } = new();
}

public class SmtpEmailConfiguration
{
    public string Host { get; set; } = string.Empty;

    public string Login { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    public bool UseSsl { get; set; } = true;
}

public class SendGridConfiguration
{
    public string ApiKey { get; set; } = string.Empty;

    public bool SandboxMode { get; set; }
}

internal static class Startup
{
    // Account confirmation and password-reset mails go out through the provider named in mail.json.
    internal static IServiceCollection AddMailing(this IServiceCollection services, IConfiguration config)
    {
        var email = config.GetSection(nameof(EmailConfiguration)).Get<EmailConfiguration>() ?? new EmailConfiguration();
        var sender = services.AddFluentEmail(email.From, email.DefaultFromName).AddRazorRenderer();

        if (email.EmailProvider == "SendGrid")
        {
            sender.AddSendGridSender(email.SendGridConfiguration.ApiKey, email.SendGridConfiguration.SandboxMode);
            return services;
        }

        var smtp = email.SmtpEmailConfiguration;
        sender.AddSmtpSender(smtp.Host, smtp.Port, smtp.Login, smtp.Password);
        return services;
    }
}
