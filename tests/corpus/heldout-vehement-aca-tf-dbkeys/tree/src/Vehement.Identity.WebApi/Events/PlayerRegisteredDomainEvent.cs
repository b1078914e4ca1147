using MassTransit;
using Mediator;
using Vehement.Identity.Messages;

namespace Vehement.Identity.WebApi.Events;

public sealed record PlayerRegisteredDomainEvent(string Id, string? Email) : INotification;

public sealed class PublishPlayerRegistered(IBus bus, ILogger<PublishPlayerRegistered> logger)
    : INotificationHandler<PlayerRegisteredDomainEvent>
{
    public async ValueTask Handle(PlayerRegisteredDomainEvent notification, CancellationToken cancellationToken)
    {
        logger.LogInformation("Publishing PlayerRegistered for {UserId}", notification.Id);
        await bus.Publish(new PlayerRegistered(notification.Id, notification.Email), cancellationToken);
    }
}
