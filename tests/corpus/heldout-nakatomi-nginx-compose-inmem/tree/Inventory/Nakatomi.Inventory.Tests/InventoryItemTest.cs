using Nakatomi.Inventory.Api.Data;
using Xunit;

namespace Nakatomi.Inventory.Tests;

public class InventoryItemTest
{
    [Fact]
    public void NewItem_HasZeroPrice()
    {
        var item = new InventoryItem { Name = "Bearer bond" };
        Assert.Equal(0m, item.Price);
    }
}
