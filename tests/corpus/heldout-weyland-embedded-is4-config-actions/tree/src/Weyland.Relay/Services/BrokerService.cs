using System.Threading;
using System.Threading.Tasks;
using Easy.MessageHub;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Weyland.Relay.Services
{
    /// <summary>MQTT side of the relay (trimmed): subscribes to device topics and publishes commands.</summary>
    public class BrokerService : BackgroundService
    {
        private readonly ILogger<BrokerService> _logger;
        private readonly IMessageHub _hub;
        private readonly string _host;
        private readonly int _port;
        private readonly string? _username;
        private readonly string? _password;
        private readonly string _topicRoot;

        public BrokerService(ILogger<BrokerService> logger, IMessageHub hub, string host, int port, string? username, string? password, string topicRoot)
        {
            _logger = logger;
            _hub = hub;
            _host = host;
            _port = port;
            _username = username;
            _password = password;
            _topicRoot = topicRoot;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            _logger.LogInformation("Connecting to MQTT broker {Host}:{Port} as {User}, root {Root}", _host, _port, _username ?? "(anonymous)", _topicRoot);
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
    }
}
