namespace Archive.Core;

/// <summary>
/// A fault the operator must fix before the archive can run (a lock held too long, a database from a newer version, a
/// folder it cannot write): its message is one line that names what failed and what to do, printed without a stack trace.
/// </summary>
public sealed class ArchiveFaultException : Exception
{
    public ArchiveFaultException()
    {
    }

    public ArchiveFaultException(string message)
        : base(message)
    {
    }

    public ArchiveFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when <c>ARCHIVE_DEBUG=1</c> asks for stack traces with the one-line messages.</summary>
    public static bool DebugRequested => Environment.GetEnvironmentVariable("ARCHIVE_DEBUG") is "1" or "true";
}
