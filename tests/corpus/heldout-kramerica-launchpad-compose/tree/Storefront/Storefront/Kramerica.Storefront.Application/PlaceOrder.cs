using MediatR;

namespace Kramerica.Storefront.Application;

/// <summary>
/// Accepts a new order and returns the id of the job that will process it.
/// </summary>
public sealed record PlaceOrder(string Product, int Quantity) : IRequest<Guid>;

/// <summary>
/// Handles <see cref="PlaceOrder"/> by allocating a job id; publishing to the bus is trimmed here.
/// </summary>
public sealed class PlaceOrderHandler : IRequestHandler<PlaceOrder, Guid>
{
    /// <inheritdoc/>
    public Task<Guid> Handle(PlaceOrder request, CancellationToken cancellationToken)
        => Task.FromResult(Guid.NewGuid());
}
