using System.Net;
using Moq;
using Moq.Protected;

public class ExhibitClientTests
{
    [Fact]
    public async Task Named_client_returns_the_stubbed_payload()
    {
        var handler = new Mock<HttpMessageHandler>();
        handler.Protected()
            .Setup<Task<HttpResponseMessage>>("SendAsync",
                ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .ReturnsAsync(new HttpResponseMessage
            {
                StatusCode = HttpStatusCode.OK,
                Content = new StringContent("[{\"id\":1,\"title\":\"Foucault pendulum\"}]")
            });

        var factory = new Mock<IHttpClientFactory>();
        factory.Setup(f => f.CreateClient(It.IsAny<string>()))
            .Returns(new HttpClient(handler.Object) { BaseAddress = new Uri("https://localhost:6101") });

        var client = factory.Object.CreateClient("exhibitApi");
        var body = await client.GetStringAsync("/exhibit");

        Assert.Contains("pendulum", body);
    }
}
