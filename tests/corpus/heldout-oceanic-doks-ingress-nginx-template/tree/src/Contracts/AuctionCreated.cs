namespace Contracts;

public class AuctionCreated
{
    public Guid Id { get; set; }
    public int ReservePrice { get; set; }
    public string Seller { get; set; } = string.Empty;
    public string Vessel { get; set; } = string.Empty;
    public DateTime AuctionEnd { get; set; }
}
