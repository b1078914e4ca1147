using AuctionService.Entities;

namespace AuctionService.UnitTests;

public class AuctionEntityTests
{
    [Fact]
    public void HasReservePrice_ReservePriceGtZero_True()
    {
        var auction = new Auction { Id = Guid.NewGuid(), ReservePrice = 10 };

        Assert.True(auction.HasReservePrice());
    }

    [Fact]
    public void HasReservePrice_ReservePriceIsZero_False()
    {
        var auction = new Auction { Id = Guid.NewGuid(), ReservePrice = 0 };

        Assert.False(auction.HasReservePrice());
    }
}
