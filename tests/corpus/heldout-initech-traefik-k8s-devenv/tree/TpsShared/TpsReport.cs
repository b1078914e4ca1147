namespace TpsShared;

public record TpsReport(int Id, string Title, bool HasCoverSheet, DateTime SubmittedUtc);

public interface ITpsReportService
{
    Task<IReadOnlyList<TpsReport>> ListAsync();
}
