namespace PartyBuilding.Core.Persistence.Tests.Harness;

/// <summary>
/// The PostgreSQL server the suite's PostgreSQL half runs on, found from the environment:
/// <c>PARTYBUILDING_POSTGRES</c> holds a connection string (a user that may create databases; each test
/// makes its own and drops it). Without it the half is skipped, unless <c>PARTYBUILDING_REQUIRE_POSTGRES=1</c>
/// (CI), when it fails.
/// </summary>
public static class PostgresServer
{
    /// <summary>The variable holding the connection string, for example <c>Host=127.0.0.1;Port=55432;Username=postgres</c>.</summary>
    public const string ConnectionVariable = "PARTYBUILDING_POSTGRES";

    /// <summary>The variable that, set to <c>1</c>, makes a missing server a failure rather than a skip.</summary>
    public const string RequireVariable = "PARTYBUILDING_REQUIRE_POSTGRES";

    /// <summary>The connection string, or null when none is set.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Whether the PostgreSQL half must run.</summary>
    public static bool Required =>
        Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true" or "TRUE" or "True";

    /// <summary>Why the PostgreSQL half is skipped, or null when it runs.</summary>
    public static string? SkipReason =>
        ConnectionString is null && !Required
            ? $"PostgreSQL half not run: {ConnectionVariable} is not set (a connection string such as Host=127.0.0.1;Port=5432;Username=postgres); the SQLite half ran. CI sets it and {RequireVariable}=1."
            : null;

    /// <summary>The connection string; fails when none is set (the half is required).</summary>
    /// <exception cref="InvalidOperationException">No connection string is set.</exception>
    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"{RequireVariable}=1 but {ConnectionVariable} is not set: the PostgreSQL half of the persistence suite is required and has no server.");
}

/// <summary>
/// A theory of the PostgreSQL half: when no server is configured, skipped as one test whose name is
/// <see cref="PostgresServer.SkipReason"/>, so that the test run's one line for it says why.
/// </summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresServer.SkipReason is { } reason)
        {
            Skip = reason;
            DisplayName = reason;
        }
    }
}
