namespace Archive.Web.OpenData;

/// <summary>One download of <c>/export/…</c>: its file name, media type, the file that holds it (in the data folder) and its length in bytes.</summary>
public sealed record ExportDownload(string Name, string MediaType, string File, long Length);
