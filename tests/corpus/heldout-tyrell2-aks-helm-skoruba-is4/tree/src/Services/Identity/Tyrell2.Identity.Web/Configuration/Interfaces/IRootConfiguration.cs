namespace Tyrell2.Identity.STS.Identity.Configuration.Interfaces
{
    public interface IRootConfiguration
    {
        AdminConfiguration AdminConfiguration { get; }
        RegisterConfiguration RegisterConfiguration { get; }
    }
}
