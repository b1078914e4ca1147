namespace Vehement.Identity.Persistence;

public interface IAssemblyMarker
{
}
