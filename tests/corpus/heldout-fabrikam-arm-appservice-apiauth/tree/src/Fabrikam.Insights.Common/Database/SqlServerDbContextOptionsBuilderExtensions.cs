#nullable enable
using System;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Fabrikam.Insights.Common.Database;

public static class SqlServerDbContextOptionsBuilderExtensions
{
    // Swaps in the message-aware retrying strategy for every SQL Server context in the solution.
    public static SqlServerDbContextOptionsBuilder EnableCustomRetryOnFailure(
        this SqlServerDbContextOptionsBuilder builder,
        int? maxRetryCount = null,
        TimeSpan? maxRetryDelay = null)
    {
        return builder.ExecutionStrategy(dependencies =>
            new MessageAwareSqlServerRetryingExecutionStrategy(
                dependencies,
                maxRetryCount ?? 6,
                maxRetryDelay ?? TimeSpan.FromSeconds(30)));
    }
}
