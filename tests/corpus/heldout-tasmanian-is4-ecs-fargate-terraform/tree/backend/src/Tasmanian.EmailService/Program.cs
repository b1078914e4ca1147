using System.Threading;
using System.Threading.Tasks;
using EasyNetQ;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tasmanian.Common.Services.Emailing;

namespace Tasmanian.EmailService
{
    public class EmailRequest
    {
        public string To { get; set; }
        public string Subject { get; set; }
        public string Body { get; set; }
    }

    // Consumes the e-mail requests the identity service and the API publish on RabbitMQ.
    public class EmailWorker : BackgroundService
    {
        private readonly IBus _bus;
        private readonly IEmailSender _sender;

        public EmailWorker(IBus bus, IEmailSender sender)
        {
            _bus = bus;
            _sender = sender;
        }

        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            _bus.Receive<EmailRequest>("tasmanian-email-requests", r => _sender.SendAsync(r.To, r.Subject, r.Body));
            return Task.CompletedTask;
        }
    }

    public class Program
    {
        public static void Main(string[] args)
        {
            Host.CreateDefaultBuilder(args)
                .ConfigureServices((context, services) =>
                {
                    var c = context.Configuration;
                    services.AddSingleton(RabbitHutch.CreateBus(
                        $"host={c["RabbitMQ:HostName"]}:{c["RabbitMQ:Port"]};username={c["RabbitMQ:User"]};password={c["RabbitMQ:Password"]}"));
                    services.AddSingleton<IEmailSender>(_ => new SmtpSender(
                        c["Smtp:Host"], c.GetValue<int>("Smtp:Port"), c["Smtp:User"], c["Smtp:Password"]));
                    services.AddHostedService<EmailWorker>();
                })
                .Build()
                .Run();
        }
    }
}
