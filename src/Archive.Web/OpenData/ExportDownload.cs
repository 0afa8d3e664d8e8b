namespace Archive.Web.OpenData;

/// <summary>One download of <c>/export/…</c>: its file name, media type and bytes.</summary>
public sealed record ExportDownload(string Name, string MediaType, byte[] Content);
