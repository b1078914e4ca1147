namespace Vehement.Identity.WebApi;

public interface IAssemblyMarker
{
}
