using Azure.Messaging.ServiceBus;
using RabbitMQ.Client;
using Tyrell.OutboxRelay.Services;

namespace Tyrell.Libraries.Shared.Services;

// Local development (compose / local cluster) publishes through RabbitMQ
public class RabbitMQPublisher : IMessagePublisher
{
    public Task PublishAsync(string destination, byte[] body) => Task.CompletedTask;
}

// Azure publishes through Service Bus topics
public class AzureServiceBusPublisher : IMessagePublisher
{
    public Task PublishAsync(string destination, byte[] body) => Task.CompletedTask;
}
