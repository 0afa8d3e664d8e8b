namespace Archive.Core.Content;

/// <summary>Where <c>content/</c> is, and how a file in it is named in a message (relative to the archive's root).</summary>
/// <param name="Directory">The absolute content folder read when no other is given.</param>
/// <param name="Display">Turns an absolute path into the name a message shows.</param>
public sealed record ContentLocation(string Directory, Func<string, string> Display);
