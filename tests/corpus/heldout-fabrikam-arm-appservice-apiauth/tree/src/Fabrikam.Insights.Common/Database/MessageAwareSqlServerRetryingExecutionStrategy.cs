#nullable enable
using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fabrikam.Insights.Common.Database;

/// <summary>
/// SQL Server retry strategy that also retries connection failures the client reports with error number 0,
/// recognised by their message text.
/// </summary>
public class MessageAwareSqlServerRetryingExecutionStrategy : SqlServerRetryingExecutionStrategy
{
    private static readonly Regex[] RetryableMessages =
    {
        new(@"^A network-related or instance-specific error occurred while establishing a connection to SQL Server\."),
        new(@"^A connection was successfully established with the server, but then an error occurred during the pre-login handshake\."),
        new(@"^Connection Timeout Expired\."),
    };

    public MessageAwareSqlServerRetryingExecutionStrategy(
        ExecutionStrategyDependencies dependencies,
        int maxRetryCount,
        TimeSpan maxRetryDelay)
        : base(dependencies, maxRetryCount, maxRetryDelay, errorNumbersToAdd: null)
    {
    }

    protected override bool ShouldRetryOn(Exception exception)
    {
        if (base.ShouldRetryOn(exception))
        {
            return true;
        }

        return exception is SqlException sqlException
               && RetryableMessages.Any(pattern => pattern.IsMatch(sqlException.Message));
    }
}
