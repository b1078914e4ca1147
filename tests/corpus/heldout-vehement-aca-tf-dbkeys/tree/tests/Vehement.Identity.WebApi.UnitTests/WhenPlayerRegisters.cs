using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Vehement.Identity.Messages;
using Vehement.Identity.WebApi.Events;
using Xunit;

namespace Vehement.Identity.WebApi.UnitTests;

public sealed class WhenPlayerRegisters
{
    [Fact]
    public async Task PlayerRegisteredIsPublishedOnTheBus()
    {
        var bus = Substitute.For<IBus>();
        var handler = new PublishPlayerRegistered(bus, NullLogger<PublishPlayerRegistered>.Instance);

        await handler.Handle(new PlayerRegisteredDomainEvent("p-17", "p17@players.test"), CancellationToken.None);

        await bus.Received(1).Publish(Arg.Is<PlayerRegistered>(m => m.Id == "p-17"), Arg.Any<CancellationToken>());
        bus.ReceivedCalls().Should().HaveCount(1);
    }
}
